# str corners: splitlines separators, isidentifier, expandtabs columns, zfill signs, casefold/title, partition errors
s = "a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines(), s.splitlines(True), "".splitlines(), "\n".splitlines(), "x\n\n".splitlines(True), s.split())
print([w.isidentifier() for w in ["a", "_", "1a", "a1", "é", "ℕ", "a-b", "", "class", "\u0300a", "a\u0300", "ⅰ", "℘"]])
print("a\tb\tc".expandtabs(), "ab\tc\td".expandtabs(3), "\t".expandtabs(0), "a\r\tb\n\tc".expandtabs(4), "x\ty".expandtabs(-1))
print("-42".zfill(6), "+42".zfill(6), "42".zfill(1), "-".zfill(3), "".zfill(2), "--1".zfill(5), "é".zfill(3))
print("ǅungla".title(), "hello wORLD 3rd".title(), "they're".title(), "ß".upper(), "ß".casefold(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "ΣΑΣ".lower(), "aΣ b".lower())
print("ǆ".capitalize(), "ǅ".swapcase(), "ﬃ".title(), "ŉ".upper(), "Ꭰ".lower(), "ꭰ".upper(), "ΐ".upper())
for f in [lambda: "a".partition(""), lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".partition(1), lambda: "abc".center(5, "xy"),
          lambda: "a".replace("a", "b", "1"), lambda: "abc".strip(1), lambda: "a".join([1]), lambda: "a".startswith(["a"]), lambda: "a".count(),
          lambda: "a".index("b"), lambda: "%s".format_map(1), lambda: "{a}".format_map([]), lambda: "a".expandtabs("1"), lambda: "abc".ljust(2**63)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print("abcabc".replace("", "-", 3), "aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1), "abc".split("b", -5), "a,b,,c".split(",", 2), "a b  c ".rsplit(None, 1))
print("  a  ".strip(), "xxaxx".strip("x"), "abc".strip(""), "\u3000a\u3000".strip(), "\x1c a \x1f".strip(), "a".center(4, "*"), "ab".center(5, "-"), "abc".center(6))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind(""), "abc".count(""), "aaaa".count("aa"), "abc".find("c", -1), "abc".index("a", -10, 10), "abcabc".rindex("b", 0, 4))
print("Hello".swapcase(), "123".isdigit(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), "٣".isdecimal(), " \t".isspace(), "".isspace(), "Ab".istitle(), "A B".istitle(), "AB".istitle())
