words = ["", "a", "b", "abc", "hello world", "é", "😀", "日本語", "\x00", "a" * 100]
print([hash(w) for w in words])
print([hash(w.encode("utf-8")) for w in words])
print(hash("abc") == hash(b"abc"), hash("") == 0, hash(b"") == 0, hash("é") == hash("é".encode("latin-1")))
print(set(words[:6]), {w: len(w) for w in "the quick brown fox".split()}, set("abracadabra"), frozenset("xyz"))
print(list({"alpha", "beta", "gamma", "delta", "epsilon"}), list({b"x", b"y", b"z"}))
