s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHELLOcba".strip("abc"), "www.example.com".lstrip("w."), "a".strip("abc"))
print(repr("hi".center(7)), repr("hi".center(6, "*")), repr("hi".ljust(5, "-")), repr("hi".rjust(5)))
print(repr("long".center(2)), "42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "".zfill(3))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "x".removeprefix("y"))
print("a\tb\tc".expandtabs(), "a\tbb\tccc".expandtabs(4), "\t".expandtabs(0) == "")
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
print(repr("abc".center(8)), repr("abcd".center(9)))
