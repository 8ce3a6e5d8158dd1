class A: pass
a = A()
A.__add__ = lambda self, o: "added"
print(a + 1)
A.__len__ = lambda self: 7
print(len(a))
del A.__len__
try: len(a)
except TypeError as e: print(e)
a.__dict__["z"] = 5
print(a.z, vars(a))
B = type("B", (A,), {"f": lambda self: "bf", "__repr__": lambda self: "<B>"})
print(B().f(), B(), B.__mro__, B.__name__, B.__qualname__)
class Meta(type):
    def __getitem__(cls, k): return f"{cls.__name__}[{k}]"
    def __len__(cls): return 3
    def __iter__(cls): return iter([1, 2])
class M(metaclass=Meta): pass
print(M["x"], len(M), list(M))
def make():
    items = []
    for i in range(3):
        items.append(lambda i=i: i * 10)
    return [f() for f in items]
print(make())
g = 0
def setg():
    global g
    g += 5
setg(); setg(); print(g)
ns = {"a": 1}
loc = {}
exec("b = a + 1\nc = [a for _ in range(2)]", ns, loc)
print(loc)
class Holder:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(v for v in vals)
print(Holder.doubled, Holder.total)
x = 10
class Shadow:
    x = 20
    y = [x for _ in range(2)]
print(Shadow.y)
print(getattr(A, "__name__"), hasattr(a, "__class__"), type(a).__bases__)
class P:
    def getx(self): return self._x
    def setx(self, v): self._x = v * 2
    x = property(getx, setx, doc="the x")
p = P(); p.x = 4; print(p.x, P.x.__doc__)
o = object()
try: o.attr = 1
except AttributeError as e: print(e)
print(isinstance(3, (str, int)), issubclass(bool, int), isinstance(True, int), issubclass(int, object))
print(callable(len), callable(A), callable(a), callable(1))
print(sorted(dir(a))[-3:], "z" in dir(a))
print(type(type), type(object), type.__class__, object.__class__)
print(int.__mro__, bool.__bases__)
