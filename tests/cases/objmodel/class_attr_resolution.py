class A:
    x = "A.x"
    def f(self): return "A.f"
class B(A):
    pass
class C(A):
    x = "C.x"
    def f(self): return "C.f"
class D(B, C):
    pass
print(D.x, D().f(), [k.__name__ for k in D.__mro__])
D.x = "D.x"
print(D.x, C.x)
del D.x
print(D.x)
C.x = "C.x2"
print(D.x)
del C.x
print(D.x)
B.x = "B.x"
print(D.x)
A.new = lambda self: "added later"
print(D().new())
d = D()
d.f = lambda: "instance f"
print(d.f(), D.f(d))
print(getattr(D, "missing", "def"), hasattr(D, "f"))
class E:
    def __init__(self):
        self.method = self.method
    def method(self):
        return "m"
e = E()
print("method" in e.__dict__, e.method())
try:
    D.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    D().nothing
except AttributeError as e:
    print(type(e).__name__, e)
