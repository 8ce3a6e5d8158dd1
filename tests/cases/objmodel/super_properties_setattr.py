class Base:
    @property
    def value(self):
        return "base-value"
    def __init__(self):
        self.tags = ["base"]
class Derived(Base):
    @property
    def value(self):
        return "derived+" + super().value
    def __init__(self):
        super().__init__()
        self.tags.append("derived")
d = Derived()
print(d.value, d.tags)
try:
    super(Derived, d).value = 3
except AttributeError as e:
    print(type(e).__name__, e)
class WithClassAttr(Base):
    attr = "own"
    def get(self):
        return super().__class__.__name__, super().__init__.__name__
print(WithClassAttr().get())
class M(type):
    def __call__(cls, *a):
        print("M.__call__", cls.__name__, a)
        return super().__call__(*a)
class K(metaclass=M):
    def __init__(self, x):
        self.x = x
print(K(5).x)
class N:
    def __new__(cls, *args):
        print("N.__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, a, b=0):
        self.s = a + b
class N2(N):
    def __new__(cls, *args):
        inst = super().__new__(cls, *args)
        inst.tag = "n2"
        return inst
n = N2(1, 2)
print(n.s, n.tag)
class Over:
    def __init__(self):
        pass
try:
    object.__new__(Over, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__init__(Over(), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
