# abc abstract classes, __slots__ errors, metaclass conflicts: CPython's messages
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def b(self): ...
    @abc.abstractmethod
    def a(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
class Half(Base):
    def a(self): return 1
class Full(Half):
    def b(self): return 2
    p = 3
for cls in [Base, Half, Full]:
    try:
        print(cls.__name__, type(cls()).__name__, sorted(cls.__abstractmethods__))
    except TypeError as e:
        print("TypeError", e)
class One(abc.ABC):
    @abc.abstractmethod
    def only(self): ...
try:
    One()
except TypeError as e:
    print("TypeError", e)
print(isinstance(Full(), Base), issubclass(Full, Base), Base.register(int), issubclass(int, Base), isinstance(3, Base))
for src in ["class S:\n    __slots__ = ('x',)\n    x = 1", "class S:\n    __slots__ = ('x', 'x')", "class S:\n    __slots__ = ('1x',)",
            "class S:\n    __slots__ = ('__dict__', '__dict__')", "class S(int):\n    __slots__ = ('a',)", "class S:\n    __slots__ = 5",
            "class S:\n    __slots__ = ('__weakref__',)\nclass T(S):\n    __slots__ = ('__weakref__',)", "class S(tuple):\n    __slots__ = ('a',)",
            "class S:\n    __slots__ = ['a', 'b']\nS().c = 1", "class S:\n    __slots__ = 'ab'\ns = S(); s.ab = 1; print(s.ab, S.__slots__)",
            "class S:\n    __slots__ = ()\nS().__dict__", "class S:\n    __slots__ = ('a',)\nS().a",
            "class S:\n    __slots__ = ('a', '__dict__')\ns = S(); s.z = 1; print(s.__dict__)"]:
    try:
        exec(src, {})
        print("ok")
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError", e)
for bases in [(int, str), (list, dict), (object, int), (int, int), (bool,), (type(None),), (range,)]:
    try:
        print(type("X", bases, {}).__mro__)
    except TypeError as e:
        print("TypeError", e)
class P: pass
class Q(P): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print("TypeError", e)
for args in [("X",), ("X", 1, {}), ("X", (), 1), (1, (), {}), ("X", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError", e)
