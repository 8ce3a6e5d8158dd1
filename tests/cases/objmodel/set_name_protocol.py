class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.owner = owner.__name__
class Model:
    a = Field()
    b = Field()
    x = 5
print(Model.a.name, Model.b.owner)
class Late:
    pass
f = Field()
Late.f = f
print(hasattr(f, "name"))
f.__set_name__(Late, "manual")
print(f.name)
class Same:
    p = q = Field()
print(Same.p.name)
class Raises:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class Bad:
        r = Raises()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
class NotCallable:
    __set_name__ = 3
try:
    class Bad2:
        n = NotCallable()
except Exception as e:
    print(type(e).__name__, e)
T = type("T", (), {"fld": Field()})
print(T.fld.name)
