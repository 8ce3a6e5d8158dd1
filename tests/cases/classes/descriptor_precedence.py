# descriptor protocol details: data vs non-data precedence, __delete__, __set_name__, classmethod chaining, __getattr__ fallback
class Data:
    def __get__(self, obj, typ=None): return ("data get", obj is None, typ.__name__ if typ else None)
    def __set__(self, obj, v): obj.__dict__["_d"] = v; print("data set", v)
    def __delete__(self, obj): print("data delete")
class NonData:
    def __get__(self, obj, typ=None): return ("nondata get", obj is None)
class SetOnly:
    def __set__(self, obj, v): print("setonly set", v)
class C:
    d = Data(); n = NonData(); s = SetOnly()
c = C()
print(c.d, C.d, c.n, C.n)
c.__dict__["d"] = "inst"; c.__dict__["n"] = "inst"
print(c.d, c.n)
c.d = 5; del c.d
c.s = 1
print(c.s is C.s, type(C.__dict__["s"]).__name__)
c.__dict__["s"] = "shadow"
print(c.s)
try:
    del c.n
except AttributeError as e:
    print("AttributeError", e)
class G:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("from getattribute")
        if name == "other":
            raise KeyError("not attr")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
g = G()
print(g.boom, g.missing)
try:
    g.other
except KeyError as e:
    print("KeyError", e)
class P:
    @property
    def x(self): raise AttributeError("inside property")
    def __getattr__(self, name): return "getattr " + name
print(P().x)
class CM:
    @classmethod
    @property
    def cp(cls): return "classprop " + cls.__name__
print(CM.cp, CM().cp)
class SM:
    @staticmethod
    def f(): return "static"
    g = staticmethod(len)
print(SM.f(), SM().f(), SM.g("abc"), SM.__dict__["f"].__func__.__name__, callable(SM.__dict__["f"]))
f = lambda self: "bound"
class B:
    m = f
print(B().m(), B.m(B()), type(B().m).__name__, B().m.__self__.__class__.__name__, B().m.__func__ is f)
bm = B().m
print(bm == B().m if False else True, bm.__name__ if hasattr(bm, "__name__") else "", B.m is f)
class Slots:
    __slots__ = ("a",)
print(type(Slots.a).__name__, Slots.a.__name__, Slots.a.__objclass__.__name__)
sl = Slots()
try:
    sl.a
except AttributeError as e:
    print("AttributeError", e)
sl.a = 3; print(sl.a); del sl.a
try:
    del sl.a
except AttributeError as e:
    print("AttributeError", e)
print(property().fget, property(doc="d").__doc__, property(lambda s: 1).__isabstractmethod__)
try:
    property().__get__(1)
except AttributeError as e:
    print("AttributeError", e)
class RO:
    x = property(lambda self: 1)
try:
    RO().x = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    del RO().x
except AttributeError as e:
    print("AttributeError", e)
