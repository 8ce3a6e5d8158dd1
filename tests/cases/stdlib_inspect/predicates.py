import abc
import asyncio
import functools
import inspect
import sys
import types


def func(): pass
def genf(): yield 1
async def corof(): pass
async def agenf(): yield 1
class C:
    __slots__ = ("slot",)
    def meth(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    @property
    def prop(self): return 1
class D: pass
class Abstract(abc.ABC):
    @abc.abstractmethod
    def need(self): pass
class Concrete(Abstract):
    def need(self): pass

gen = genf()
coro = corof()
agen = agenf()
try:
    1 / 0
except ZeroDivisionError:
    tb = sys.exc_info()[2]
objects = [("module", inspect), ("class", C), ("func", func), ("method", C().meth),
           ("unbound", C.meth), ("cm", C.cm), ("sm", C.sm), ("prop", C.__dict__["prop"]),
           ("slot", C.__dict__["slot"]), ("getset", types.FunctionType.__dict__["__code__"]),
           ("genf", genf), ("gen", gen), ("corof", corof), ("coro", coro), ("agenf", agenf),
           ("agen", agen), ("builtin", len), ("bmeth", [].append), ("mdesc", str.join),
           ("wrapper", object.__init__), ("mwrapper", object().__str__), ("tb", tb),
           ("frame", sys._getframe()), ("code", func.__code__), ("partial", functools.partial(genf)),
           ("pmeth", functools.partial(corof)), ("int", 3), ("abstract", Abstract),
           ("concrete", Concrete), ("lambda", lambda: 0), ("cmraw", C.__dict__["cm"]),
           ("smraw", C.__dict__["sm"])]
preds = [n for n in dir(inspect) if n.startswith("is")]
print(preds)
for name, obj in objects:
    print(name, [p for p in preds if getattr(inspect, p)(obj)])
coro.close()

class Awaitable:
    def __await__(self):
        yield
print(inspect.isawaitable(Awaitable()), inspect.isawaitable(gen), inspect.isawaitable(types.coroutine(genf)()))

def g2():
    print(inspect.getgeneratorstate(it))
    yield 1
it = g2()
print(inspect.getgeneratorstate(it))
next(it)
print(inspect.getgeneratorstate(it), inspect.getgeneratorlocals(it))
it.close()
print(inspect.getgeneratorstate(it), inspect.getgeneratorlocals(it))
try:
    inspect.getgeneratorlocals(5)
except TypeError as e:
    print("TypeError", e)
co = corof()
print(inspect.getcoroutinestate(co))
co.close()
print(inspect.getcoroutinestate(co))
print(inspect.getmro(Concrete))
print(inspect.GEN_CREATED, inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.TPFLAGS_IS_ABSTRACT)

class Meta(type):
    meta_attr = 1
class Base:
    a = 1
    def f(self): pass
class Sub(Base, metaclass=Meta):
    b = 2
    def g(self): pass
print([n for n, v in inspect.getmembers(Sub) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(Sub, inspect.isfunction)])
s = Sub()
s.inst = 3
print([(n, v) for n, v in inspect.getmembers(s) if not n.startswith("__") and not callable(v)])
print(inspect.getmembers(types.SimpleNamespace(x=1, y=2), lambda v: isinstance(v, int)))
print([n for n, v in inspect.getmembers_static(Sub) if not n.startswith("__")])
import enum
class Color(enum.Enum):
    RED = 1
print([n for n, v in inspect.getmembers(Color) if not n.startswith("_")])
