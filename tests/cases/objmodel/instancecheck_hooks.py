# __instancecheck__ / __subclasscheck__ on metaclasses; exact-type shortcut; tuples; recursion
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return issubclass(sub, (int, str))
class Intish(metaclass=Meta): pass
print(isinstance(3, Intish), isinstance("s", Intish), isinstance(Intish(), Intish))
print(issubclass(bool, Intish), issubclass(float, Intish), issubclass(Intish, Intish))
print(isinstance(3, (str, Intish)), issubclass(str, (float, Intish)))
class Truthy(type):
    def __instancecheck__(cls, inst):
        return "yes"
class T(metaclass=Truthy): pass
print(isinstance(1, T))
class Raising(type):
    def __instancecheck__(cls, inst):
        raise KeyError("boom")
class R(metaclass=Raising): pass
try:
    isinstance(1, R)
except KeyError as e:
    print("KeyError", e)
print(isinstance(R(), R))
class Proxy:
    def __init__(self, target):
        self.target = target
    @property
    def __class__(self):
        return self.target
print(isinstance(Proxy(int), int), isinstance(Proxy(int), Proxy), type(Proxy(int)).__name__)
class NotAClass:
    __bases__ = (int,)
print(issubclass(NotAClass(), int) if False else issubclass(bool, int))
class AbstractLike:
    def __init__(self, bases):
        self.__bases__ = bases
a = AbstractLike(())
b = AbstractLike((a,))
print(issubclass(b, a), issubclass(a, b))
class WithInstanceAttr:
    pass
w = WithInstanceAttr()
w.__instancecheck__ = lambda x: True
print(isinstance(1, (WithInstanceAttr,)))
