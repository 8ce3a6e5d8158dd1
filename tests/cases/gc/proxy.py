# weakref.proxy: forwards attribute access, operators and calls while the object lives and
# raises ReferenceError after; callable and non-callable proxy types; proxies are unhashable.
import gc
import weakref


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return Vec(self.x + (other.x if isinstance(other, Vec) else other))

    def __len__(self):
        return self.x

    def __getitem__(self, i):
        return i * self.x

    def __iter__(self):
        return iter(range(self.x))

    def __eq__(self, other):
        return isinstance(other, Vec) and other.x == self.x

    __hash__ = object.__hash__

    def __str__(self):
        return "Vec<%d>" % self.x

    def double(self):
        return 2 * self.x


class Fn:
    def __call__(self, a, b=1):
        return a + b


v = Vec(3)
p = weakref.proxy(v)
print(type(p) is weakref.ProxyType, type(p).__name__, callable(p))
print(p.x, p.double(), len(p), p[4], list(p), str(p), (p + 1).x, p == Vec(3), p == v, bool(p))
p.y = 10
print(v.y, isinstance(p, Vec), p.__class__.__name__)
del p.y
print(hasattr(v, "y"))
print(weakref.proxy(v) is p, weakref.getweakrefcount(v))
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)

f = Fn()
cp = weakref.proxy(f)
print(type(cp) is weakref.CallableProxyType, type(cp).__name__, callable(cp), cp(1), cp(1, b=5))
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))

got = []
q = weakref.proxy(v, lambda pr: got.append(type(pr).__name__))
del v
gc.collect()
print(got)
for action in [lambda: p.x, lambda: len(p), lambda: p + 1, lambda: str(p), lambda: list(p)]:
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError", e)
del f
gc.collect()
try:
    cp(1)
except ReferenceError as e:
    print("ReferenceError", e)
try:
    weakref.proxy(1)
except TypeError as e:
    print("TypeError", e)
