tests = ["  hi  ", "\t\n hi \r\x0b\x0c", "xxhixx", "", "   ", "\u3000hi\u2003", "\x1chi\x1f", "😀hi😀", "\x85hi\xa0"]
for s in tests:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip("😀h")), repr(s.strip("")))
print("abcba".strip("ab"), "abcba".lstrip("ba"), "abcba".rstrip("a"), "www.example.com".strip("cmowz."))
print("prefix-body".removeprefix("prefix-"), "body-suffix".removesuffix("-suffix"), "x".removeprefix(""), "abc".removesuffix("abcd"))
for bad in [1, ["a"]]:
    try:
        "abc".strip(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "abc".removeprefix(None)
except TypeError as e:
    print(type(e).__name__, e)
print("abc".strip(None), "  a ".rstrip(None))
