class A:
    x = 1
    def m(self): return "A.m"
class B(A): pass
def read(o): return o.x
def call(o): return o.m()
b = B()
print(read(b), call(b))
A.x = 2
print(read(b))
B.x = 3
print(read(b))
b.x = 4
print(read(b))
del b.x
print(read(b))
del B.x
print(read(b))
A.m = lambda self: "new A.m"
print(call(b))
b.m = lambda: "instance m"
print(call(b))
del b.m
class C:
    x = "C"
    def m(self): return "C.m"
b.__class__ = C
print(read(b), call(b))
def glob(): return len("abc")
print(glob())
len = lambda s: 42
print(glob())
del len
print(glob())
def gv(): return G
G = 1
print(gv())
G = 2
print(gv())
import builtins
builtins.abs = lambda v: "patched"
def useabs(): return abs(-1)
print(useabs())
class D:
    @property
    def p(self): return "prop"
d = D()
def getp(o): return o.p
print(getp(d))
D.p = property(lambda self: "prop2")
print(getp(d))
class E:
    __slots__ = ("v",)
e = E(); e.v = 1
def getv(o): return o.v
print(getv(e), getv(e))
for o in [A(), B(), C(), b]:
    print(read(o), end=" ")
print()
