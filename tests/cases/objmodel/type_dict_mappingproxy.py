class A:
    x = 1
    def m(self): pass
d = A.__dict__
print(type(d).__name__, "x" in d, d["x"], len(d) > 2)
try:
    d["y"] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d["x"]
except TypeError as e:
    print(type(e).__name__, e)
print(d.get("zz", "dflt"), sorted(k for k in d if not k.startswith("__")))
A.y = 5
print("y" in d, d["y"])
print(isinstance(int.__dict__["__add__"], object), type(int.__dict__["__add__"]).__name__)
print(type(str.__dict__["upper"]).__name__, type(dict.__dict__["fromkeys"]).__name__)
print(type(int.__dict__["real"]).__name__)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print(list(d.keys())[:1], type(d.copy()).__name__)
try:
    int.foo = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(list, "append", None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    del A.nonexist
except AttributeError as e:
    print(type(e).__name__, e)
del A.y
print(hasattr(A, "y"))
print(d | {"extra": 1} is not None, type(d | {}).__name__)
