class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return issubclass(sub, int)
class IntLike(metaclass=Meta): pass
print(isinstance(3, IntLike), isinstance("s", IntLike))
print(issubclass(bool, IntLike), issubclass(str, IntLike))
inst = IntLike()
print(isinstance(inst, IntLike))
print(isinstance(3, (str, IntLike)))
class Truthy(type):
    def __instancecheck__(cls, inst):
        return "yes"
class T(metaclass=Truthy): pass
print(isinstance(1, T))
class Duck:
    __class__ = int
print(isinstance(Duck(), int), type(Duck()).__name__)
class Prop:
    @property
    def __class__(self):
        return str
print(isinstance(Prop(), str), isinstance(Prop(), Prop))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, (int, 1))
except TypeError as e:
    print(isinstance(1, (int, 1)))
try:
    isinstance(1, (str, 1))
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)))
