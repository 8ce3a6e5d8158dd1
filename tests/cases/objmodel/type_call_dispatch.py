print(type(5).__name__, type("s").__name__)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    pass
print(type(Meta("X", (), {})).__name__)
X = Meta("X", (), {})
print(Meta.__call__(X).__class__.__name__)
try:
    type.__new__(int, "a", (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__new__(type)
except TypeError as e:
    print(type(e).__name__, e)
print(type.__prepare__("x", ()) == {}, type(type.__prepare__()).__name__)
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool))
print(type.mro(int))
try:
    type.mro(5)
except TypeError as e:
    print(type(e).__name__, e)
class MroMeta(type):
    def mro(cls):
        return [cls, object]
class Z(metaclass=MroMeta):
    pass
print(Z.__mro__)
print(type.__dict__["__name__"].__class__.__name__)
