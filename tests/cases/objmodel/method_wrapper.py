# method-wrapper: slot wrappers bound to an instance
o = object()
m = o.__str__
print(type(m).__name__, m.__name__, m.__qualname__, m.__self__ is o, m.__objclass__, m() == str(o), m == o.__str__, m != (1).__str__, hash(m) == hash(o.__str__))
print((1).__add__(2), (1).__add__.__name__, type((1).__add__).__name__, [].__len__(), type([].__len__).__name__, type([].append).__name__)
try:
    (1).__add__(x=1)
except TypeError as e:
    print("TypeError", e)
try:
    (1).__add__.__func__
except AttributeError as e:
    print("AttributeError", e)
print(repr(m).startswith("<method-wrapper '__str__' of object object at 0x"), type(int.__add__).__name__, int.__add__.__get__(3)(4))
class C:
    def __repr__(self): return "C!"
print(type(C().__repr__).__name__, type(C().__str__).__name__, C().__str__(), C().__eq__(1), (2).__lt__(3), "a".__mul__(2))
