class A:
    __slots__ = ("__priv", "pub")
    def __init__(self):
        self.__priv = 1
        self.pub = 2
    def get(self):
        return self.__priv
a = A()
print(a.get(), a.pub, sorted(k for k in A.__dict__ if "priv" in k or k == "pub"))
print(a._A__priv)
class B(A):
    __slots__ = ("extra",)
b = B(); b.extra = 3
print(b.get(), b.extra)
try:
    b.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
class WithWeak:
    __slots__ = ("__weakref__",)
print(hasattr(WithWeak(), "__dict__"), "__weakref__" in WithWeak.__dict__)
class E:
    __slots__ = []
try:
    E().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class D:
    __slots__ = {"k": "doc for k", "j": None}
print(D.k.__doc__, D.__slots__)
d = D(); d.k = 1; print(d.k)
class M:
    __slots__ = ("a",)
    a_default = 0
m = M()
print(getattr(m, "a", "unset"))
m.a = None
print(m.a)
