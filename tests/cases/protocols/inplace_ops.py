class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return "sub-fallback"
    def __imul__(self, o):
        return "replaced"
a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
a -= 1
print(a)
c = Acc()
c *= 3
print(c)
class OnlyAdd:
    def __add__(self, o): return "add"
x = OnlyAdd()
x += 1
print(x)
l = [1]; l2 = l
l += (2, 3)
print(l, l is l2)
try:
    l = l + (4,)
except TypeError as e:
    print(type(e).__name__, e)
t = (1,); t2 = t
t += (2,)
print(t, t is t2)
s = {1}; s2 = s
s |= {2}; s &= {2, 3}; s ^= {5}; s -= {5}
print(s, s is s2)
d = {"a": 1}; d2 = d
d |= [("b", 2)]
print(d, d is d2)
try:
    d = d | [("c", 3)]
except TypeError as e:
    print(type(e).__name__, e)
n = 5
for op in ["+=", "-=", "*=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "/="]:
    ns = {"n": 7}
    exec(f"n {op} 3", ns)
    print(op, ns["n"])
class Bad:
    pass
b = Bad()
try:
    b += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b @= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b **= 1
except TypeError as e:
    print(type(e).__name__, e)
