registry = []
class Plugin:
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        registry.append(cls.plugin_name)
class A(Plugin): pass
class B(Plugin, name="bee"): pass
class C(B): pass
print(registry, C.plugin_name)
try:
    class D(Plugin, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
class Counting:
    subclasses = 0
    @classmethod
    def __init_subclass__(cls):
        Counting.subclasses += 1
class X(Counting): pass
class Y(X): pass
print(Counting.subclasses)
class Base:
    def __init_subclass__(cls, **kw):
        print("Base.__init_subclass__", cls.__name__, kw)
class Mixin:
    def __init_subclass__(cls, **kw):
        print("Mixin.__init_subclass__", cls.__name__, kw)
        super().__init_subclass__(**kw)
class Both(Mixin, Base, tag=3): pass
try:
    object.__init_subclass__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Z(object, k=1): pass
except TypeError as e:
    print(type(e).__name__, e)
print(object.__init_subclass__() is None)
