# __set_name__: called at class creation with owner and name, order, errors wrapped in RuntimeError
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        return self.name if obj is None else obj.__dict__.get(self.name, "unset")
class C:
    a = D()
    b = D()
    def m(self): pass
    c = D()
print(C.a, C.b, C.c, C().a)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
try:
    class X:
        y = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
d = D()
class Later: pass
Later.z = d
print(hasattr(d, "name") and d.name)
class Two:
    first = second = D()
print(Two.first, Two.second)
t = type("T", (), {"q": D()})
print(t.q)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        print("meta new before", list(ns))
        cls = super().__new__(mcs, name, bases, ns)
        print("meta new after")
        return cls
class WithMeta(metaclass=Meta):
    v = D()
class NotCallable:
    __set_name__ = 5
try:
    class Y:
        n = NotCallable()
except Exception as e:
    print(type(e).__name__, e)
