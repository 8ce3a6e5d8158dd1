for s in ["", "a", "ab", "abc", "😀"]:
    print(repr(s.center(5)), repr(s.center(6, "*")), repr(s.ljust(4, "-")), repr(s.rjust(4, "😀")), repr(s.zfill(4)), repr(s.center(0)))
print("-12".zfill(6), "+12".zfill(6), "--1".zfill(5), "12".zfill(-3), "abc".zfill(6), "-".zfill(3), "+".zfill(1), "1_000".zfill(8))
for f in [lambda: "a".center(5, "ab"), lambda: "a".center(5, ""), lambda: "a".ljust("5"), lambda: "a".rjust(5, 1), lambda: "a".zfill(None)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print("abc".center(7, "é"), "ab".center(5, "x"), "abc".center(6, "x"), "a".center(4), "ab".center(3))
print(repr("\tab\tc".expandtabs()), repr("\tab\tc".expandtabs(4)), repr("a\tb\nc\td".expandtabs(3)), repr("x\ty".expandtabs(0)),
      repr("x\ty".expandtabs(-1)), repr("12345\t".expandtabs(5)), repr("a\r\tb".expandtabs(4)), repr("😀\t".expandtabs(4)))
