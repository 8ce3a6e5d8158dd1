for s in ["", "a", "a\n", "a\nb", "a\r\nb\rc\n", "\n\n", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "trailing\r"]:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
for s, sep in [("a=b=c", "="), ("abc", "x"), ("", "a"), ("=", "="), ("a😀b😀c", "😀"), ("aaa", "aa")]:
    print(s.partition(sep), s.rpartition(sep))
for bad in ["", None, 5]:
    try:
        "abc".partition(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    "abc".rpartition("")
except ValueError as e:
    print(type(e).__name__, e)
