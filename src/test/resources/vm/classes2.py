def meta_fn(name, bases, ns, **kw):
    print("meta_fn", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    return 42
class X(metaclass=meta_fn, flag=True):
    a = 1
print(X)
class Entry:
    def __mro_entries__(self, bases):
        return (dict,)
class FromEntry(Entry(), object) if False else object: pass
class GenericLike:
    def __mro_entries__(self, bases): return (Base,)
class Base:
    def hello(self): return "base hello"
class Uses(GenericLike()):
    pass
print(Uses.__bases__, Uses.__orig_bases__ if hasattr(Uses, "__orig_bases__") else None, Uses().hello())
class A:
    def who(self): return ["A"]
    @classmethod
    def cm(cls): return f"A.cm({cls.__name__})"
class B(A):
    def who(self): return ["B"] + super().who()
    @classmethod
    def cm(cls): return "B>" + super().cm()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
print(D().who(), D.cm(), [k.__name__ for k in D.__mro__])
class N:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
print(N(1, 2).args)
class S:
    def m(self):
        def inner():
            return super().m()
        return inner()
try:
    S().m()
except RuntimeError as e:
    print(e)
class T:
    def m(self):
        return super().__repr__()[:10]
print(T().m())
class Init:
    def __init_subclass__(cls, required):
        cls.req = required
try:
    class Missing(Init): pass
except TypeError as e:
    print(e)
class Ok(Init, required=5): pass
print(Ok.req)
try:
    class Bad(int, str): pass
except TypeError as e:
    print(e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(e)
try:
    class Inc(object, A): pass
except TypeError as e:
    print(e)
print(super(B, B()).who(), super(B, D()).who())
