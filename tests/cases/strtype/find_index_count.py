s = "hello world, hello python"
for sub in ["hello", "o", "", "xyz", "python", "d, h"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 5), s.rfind(sub, 0, 10), s.count(sub, 3, -3))
print(s.find("o", -5), s.find("o", 100), s.find("", 100), s.find("", 25), s.find("", 26), s.rfind("", 3, 2), s.count("", 3, 2))
print("aaaa".count("aa"), "".count(""), "abc".count(""), "😀😀a".count("😀"), "😀😀a".find("a"), "a😀😀".rfind("😀"))
for f in [lambda: s.index("zz"), lambda: s.rindex("zz"), lambda: s.index("o", 30), lambda: "".index("a")]:
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
print(s.index("world"), s.rindex("hello"), s.index("o", 5, 20), s.find("o", None, None), s.count("l", None, 5))
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.find("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
print(s.find("o", True), s.find("o", -10 ** 30, 10 ** 30))
print("abc".startswith(("x", "a")), "abc".endswith(("c",)), "abc".startswith("b", 1), "abc".endswith("b", 0, 2), "abc".startswith(""), "".endswith(""))
print("abc".startswith("a", 5), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("c", -1), "abc".startswith(()))
try:
    "abc".startswith(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".endswith((1,))
except TypeError as e:
    print(type(e).__name__, e)
