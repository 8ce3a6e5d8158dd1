class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
class Sub(Box): pass
print(Sub[str])
print(type(Box.__dict__["__class_getitem__"]).__name__)
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)
class Plain: pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
g = list[int]
print(g.__origin__, g.__args__, g() == [], g("ab"))
print(list[int] == list[int], list[int] == list[str])
class Meta(type):
    def __getitem__(cls, item):
        return "meta-getitem " + repr(item)
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(Both[0])
print(type[int], frozenset[str], set[int])
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
