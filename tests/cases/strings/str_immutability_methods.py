s = "Hello"
t = s.upper()
print(s, t, s is not t)
u = s + ""
print(u == s)
print(s.__len__(), s.__getitem__(1), s.__contains__("ell"), s.__add__("!"), s.__mul__(2))
print(str.upper("abc"), str.join("-", "abc"), str.__len__("four"))
print("abc".__eq__("abc"), "abc".__lt__("abd"), "a".__eq__(1))
try:
    s.append("x")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print(hash("abc") == hash("ab" + "c"))
