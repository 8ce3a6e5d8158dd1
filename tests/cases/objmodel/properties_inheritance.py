class Base:
    def __init__(self):
        self._n = 0
    @property
    def n(self):
        return self._n
    @n.setter
    def n(self, v):
        self._n = v
class ReadOnlyChild(Base):
    @property
    def n(self):
        return "child:" + str(self._n)
c = ReadOnlyChild()
try:
    c.n = 5
except AttributeError as e:
    print(type(e).__name__, e)
class ExtendSetter(Base):
    @Base.n.setter
    def n(self, v):
        Base.n.fset(self, v * 100)
e = ExtendSetter(); e.n = 2; print(e.n)
class Shadow(Base):
    n = 42
print(Shadow().n)
s = Shadow(); s.n = 1; print(s.n, Shadow.n)
class Computed:
    count = 0
    @property
    def value(self):
        Computed.count += 1
        return Computed.count
x = Computed()
print(x.value, x.value, Computed.count)
print(type(Base.n).__name__, Base.n.fget.__name__, Base.n.fset.__name__)
print(hasattr(Base(), "n"), getattr(Base(), "n"))
class AbstractProp:
    @property
    def p(self):
        raise NotImplementedError
try:
    AbstractProp().p
except NotImplementedError as e:
    print(type(e).__name__, e)
