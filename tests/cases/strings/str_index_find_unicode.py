s = "naïve café — 東京 😀 done"
print(len(s), s.find("東"), s.index("😀"), s.rfind("e"), s.count("é"))
print(s[6:10], s[-4:], s[::3])
print(s.upper(), s.split(" "))
print([c for c in s if ord(c) > 127])
print(s.encode("utf-8")[:10], len(s.encode("utf-8")), len(s.encode("utf-16-le")) // 2)
print("😀" * 3, len("😀" * 3), "a😀b".replace("😀", "-"), "😀".isprintable())
print(sorted("ñaáz"), max("abcé"), "é" > "z")
