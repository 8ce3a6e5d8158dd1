s = "the quick brown fox jumps over the lazy dog the end"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.rfind("the", 0, 20))
print(s.index("fox"), s.rindex("o"), s.count("the"), s.count("o"), s.count(""), s.count("e", 40))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("end"), s.endswith(("x", "end")))
print(s.startswith(("a", "b", "t")), "".startswith(""), "abc".endswith("", 3), "abc".startswith("c", -1))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "abc".find(""), "abc".find("", 10), "abc".rfind(""))
try:
    s.index("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
print("abcabc".find("c", -2), "abcabc".find("c", -100, -4), "abc".count("abcd"))
