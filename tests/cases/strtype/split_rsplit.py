cases = ["", " ", "a b  c", "  lead and trail  ", "a,b,,c,", ",", "\ta\nb\x0bc\x0cd\re\x1cf\x1dg\x1eh\x85i\u2028j\u3000k", "no-sep"]
for s in cases:
    print(repr(s), s.split(), s.rsplit(), s.split(","), s.rsplit(",", 1), s.split(None, 1), s.rsplit(None, 1), s.split(",", 0))
print("a b c d".split(maxsplit=2), "a b c d".rsplit(maxsplit=2), "a--b--c".split("--"), "a--b--c".rsplit("--", -1))
print("aaa".split("a"), "aaa".split("aa"), "aaa".rsplit("aa"), "x".split("x"), "😀a😀b".split("😀"), "a😀b".split("a"))
for bad in [("",), (1,), (None, "x")]:
    try:
        "abc".split(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    "abc".rsplit("")
except ValueError as e:
    print(type(e).__name__, e)
print("1,2,3".split(",", maxsplit=-5), "a b".split(sep=None), "  a  ".split(" "))
