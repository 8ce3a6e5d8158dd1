class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        "celsius"
        return self._c
    @c.setter
    def c(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @c.deleter
    def c(self):
        print("deleting c")
        self._c = None
    @property
    def f(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.c = 100
print(t.c, t.f, Temp.c.__doc__)
try:
    t.c = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.f = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.f
except AttributeError as e:
    print(type(e).__name__, e)
del t.c
print(t.c)
p = property()
try:
    p.__get__(t, Temp)
except AttributeError as e:
    print(type(e).__name__, e)
print(p.__get__(None, Temp) is p)
q = property(lambda s: 1, doc="given doc")
print(q.__doc__, q.fget(None), q.fset, q.fdel)
r = q.setter(lambda s, v: None)
print(r is q, r.__doc__, r.fset is not None)
class Sub(Temp):
    @Temp.c.getter
    def c(self):
        return "sub:" + str(self._c)
s = Sub(); s.c = 5; print(s.c)
print(isinstance(Temp.c, property), type(Temp.__dict__["c"]).__name__)
def getter(self):
    "getter doc"
    return 1
print(property(getter).__doc__)
