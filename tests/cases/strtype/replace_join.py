s = "a-b-c-d"
print(s.replace("-", "+"), s.replace("-", "", 2), s.replace("-", "=", 0), s.replace("-", "_", -1), s.replace("x", "y"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"), "aaa".replace("aa", "b"))
print("😀a😀".replace("😀", "x"), "abc".replace("b", "😀"), "ab".replace("", "😀"))
print(", ".join(["a", "b"]), "".join([]), "-".join("abc"), "x".join(["single"]), "😀".join("ab"), "-".join(iter(["p", "q"])))
for bad in [[1, "a"], ["a", None], 5, [b"x"]]:
    try:
        ",".join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "a".replace("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".replace("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100, "a" + "b", "x" * True)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * (2 ** 63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
d = {"a": 1}
print("-".join(d), ".".join(str(i) for i in range(5)), "".join(map(chr, [72, 105])))
