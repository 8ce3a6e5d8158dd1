# subclasses of map, filter, zip, enumerate and reversed
class M(map):
    def __next__(self):
        return ("M", super().__next__())
m = M(str, [1, 2])
print(type(m).__name__, list(m), isinstance(m, map), type(m).__mro__)
class F(filter):
    extra = "class attr"
f = F(None, [0, 1, "", "x"])
f.note = "instance attr"
print(list(f), f.note, f.extra, f.__dict__)
class Z(zip):
    def __repr__(self): return "<Z>"
z = Z("ab", [1, 2, 3])
print(z, list(z), list(Z("ab", "cd", strict=True)))
class E(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i * 10, v
print(list(E("xyz")), list(E("ab", 5)), list(E(iterable="q", start=2)))
class R(reversed):
    pass
print(type(R([1, 2])).__name__, type(R(range(3))).__name__, list(R(range(3))))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i
r = R(Seq())
print(type(r).__name__, list(r))
class WithInit(map):
    def __init__(self, *args, tag=None):
        self.tag = tag
w = WithInit(abs, [-1, -2], tag="t")
print(w.tag, list(w))
for f in [lambda: M(str, [1], x=1), lambda: F(None, [1], x=1), lambda: R([1], x=1), lambda: E(), lambda: Z(1)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
class Slotted(zip):
    __slots__ = ()
try:
    Slotted("a").x = 1
except AttributeError as e:
    print("AttributeError", e)
print(list(Slotted("ab")), isinstance(Slotted(), zip), issubclass(Slotted, zip))
class S(map):
    __slots__ = ("a", "b")
s = S(abs, [-1])
s.a = 5
print(s.a, list(s))
try:
    s.c = 1
except AttributeError as e:
    print(e)
class T(map): pass
t = T(abs, [1]); t.__class__ = S if False else T; print(type(t).__name__)
class U(map): pass
u = U(abs, [2]); u.__class__ = T; print(type(u).__name__, list(u))
try:
    u.__class__ = S
except TypeError as e:
    print(e)
try:
    u.__class__ = map
except TypeError as e:
    print(e)
