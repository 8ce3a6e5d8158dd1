# __init_subclass__: implicit classmethod, keyword arguments, super chain, errors
class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append((cls.__name__, tag))
class A(Base, tag="a"): pass
class B(A): pass
class C(B, tag="c"): pass
print(Base.registry, A.tag, B.tag, C.tag)
print(type(Base.__dict__["__init_subclass__"]).__name__)
for src in ["class D(Base, color='red'): pass", "class E(object, x=1): pass", "class F(Base, tag=1, tag2=2): pass"]:
    try:
        exec(src)
    except TypeError as e:
        print("TypeError", e)
class Counting:
    count = 0
    def __init_subclass__(cls):
        Counting.count += 1
class P(Counting): pass
class Q(P): pass
print(Counting.count)
class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("M.__new__", name, kw)
        return super().__new__(mcs, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name, kw)
        super().__init__(name, bases, ns)
class K(metaclass=M):
    def __init_subclass__(cls, **kw):
        print("K.__init_subclass__", cls.__name__, kw)
class L(K, flavor="x"): pass
T = type("T", (Base,), {}, tag="dyn")
print(T.tag, Base.registry[-1])
class Raises:
    def __init_subclass__(cls):
        raise RuntimeError("refused " + cls.__name__)
try:
    class R(Raises): pass
except RuntimeError as e:
    print("RuntimeError", e)
print(object.__init_subclass__(), )
try:
    object.__init_subclass__(1)
except TypeError as e:
    print("TypeError", e)
