class Desc:
    def __get__(self, obj, owner):
        return f"Desc({type(obj).__name__}, {owner.__name__})"
class Meta(type):
    attr = Desc()
    plain = "meta-plain"
    def meth(cls):
        return "meta-meth " + cls.__name__
class C(metaclass=Meta):
    pass
print(C.attr, C.plain, C.meth())
try:
    C().attr
except AttributeError as e:
    print(type(e).__name__, e)
class D(metaclass=Meta):
    plain = "class-plain"
    attr = "class-attr"
print(D.plain, D.attr)
class DataDesc:
    def __get__(self, obj, owner):
        return "meta-data"
    def __set__(self, obj, v):
        raise AttributeError("read-only")
class Meta2(type):
    x = DataDesc()
class E(metaclass=Meta2):
    x = "class-x"
print(E.x, E.__dict__["x"])
try:
    E.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(type(C).__name__, type(E).__mro__[1].__name__)
