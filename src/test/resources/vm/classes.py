class A:
    """doc A"""
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    @property
    def double(self):
        return self.v * 2
    @double.setter
    def double(self, val):
        self.v = val // 2
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def add(a, b):
        return a + b
    def __repr__(self):
        return f"A({self.v!r})"

class B(A):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    def get(self):
        return super().get() + self.w
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)

class C(B, flag=1):
    pass

a = A(3)
print(a, a.get(), a.double, A.make(5), A.add(1, 2), a.add(3, 4))
a.double = 10
print(a.v, A.__doc__, A.__name__, A.__qualname__, A.__module__)
b = B(1, 2)
print(b.get(), isinstance(b, A), issubclass(B, A), B.__mro__, B.__bases__)
print(type(b).__name__, b.__class__, b.__dict__)
print(C.__mro__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, "f" in ns)
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__)
        return super().__call__(*a, **k)
class D(metaclass=Meta):
    def f(self): return 1
d = D()
print(type(D), d.f())
T = type("T", (A,), {"y": 2})
print(T.y, T(4).get(), T.__module__)
class P:
    def __prepare__(name, bases):
        return {}
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
    def __get__(self, obj, typ=None):
        return 42
class E:
    d = Desc()
print(E().d, E.d)
print(vars(a))
print(dir(a)[-5:])
class F:
    __slots__ = ()
    def __eq__(self, o): return True
try:
    hash(F())
except TypeError as e:
    print(e)
class G:
    def __getattr__(self, name):
        return name + "!"
print(G().hello)
print(getattr(G(), "abc"), hasattr(a, "v"), hasattr(a, "zz"))
class H:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(len(H()), list(H()), 20 in H())
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __eq__(self, o): return isinstance(o, Num) and o.v == self.v
    def __lt__(self, o): return self.v < o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"Num({self.v})"
print(Num(1) + Num(2), 5 + Num(1), Num(2) + 3, sorted([Num(3), Num(1)]), Num(1) == Num(1), {Num(1), Num(1)})
print(sum([Num(1), Num(2)], Num(0)))
