def init(self, x):
    self.x = x
P = type("P", (), {"__init__": init, "double": lambda self: self.x * 2, "k": 7})
p = P(21)
print(P.__name__, P.__qualname__, P.__module__, p.double(), P.k, p.x)
Q = type("Q", (P,), {})
print(Q.__mro__[1] is P, Q(1).double(), Q.__bases__[0].__name__)
print(type(p) is P, type(P) is type, type(type) is type)
R = type("R", (), {"__qualname__": "Outer.R", "__module__": "mymod", "__doc__": "doc!"})
print(R.__name__, R.__qualname__, R.__module__, R.__doc__, repr(R))
for args in [("A",), ("A", ()), ("A", (), {}, 1), (1, (), {}), ("A", [], {}), ("A", (), [])]:
    try:
        print(type(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type("B", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("B", (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)
print(type(1), type("x"), type(None), type(...), type(NotImplemented))
T = type("T", (object,), {"__slots__": ("a",)})
t = T(); t.a = 3; print(t.a, hasattr(t, "__dict__"))
