class Desc:
    def __init__(self, tag):
        self.tag = tag
    def __get__(self, obj, owner=None):
        return (self.tag, None if obj is None else type(obj).__name__, owner.__name__ if owner else None)
d = Desc("t")
print(d.__get__(None, int), d.__get__(5, int), d.__get__(5))
class A:
    x = Desc("x")
print(A.x, A().x, getattr(A, "x"), getattr(A(), "x"))
f = lambda self: self
print(f.__get__(5)(), f.__get__(None, int) is f)
m = f.__get__(5, int)
print(type(m).__name__, m.__self__)
print(len.__get__ if hasattr(len, "__get__") else "len has no __get__")
print(str.upper.__get__("abc")(), str.upper.__get__("abc", str)())
try:
    str.upper.__get__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.upper()
except TypeError as e:
    print(type(e).__name__, e)
print(int.__add__.__get__(3)(4), int.real.__get__(7))
try:
    int.real.__set__(7, 1)
except AttributeError as e:
    print(type(e).__name__, e)
print(type(int.__dict__["from_bytes"]).__name__, int.__dict__["from_bytes"].__get__(None, int)(b"\x02", "big"))
