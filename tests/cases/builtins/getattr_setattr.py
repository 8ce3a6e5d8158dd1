class Obj:
    cls_attr = "class"

    def method(self):
        return "method called"


o = Obj()
setattr(o, "x", 10)
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "missing", "dflt"), getattr(o, "method")())
print(hasattr(o, "x"), hasattr(o, "y"), hasattr(Obj, "method"), hasattr(5, "real"))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(object(), "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
for name in ["a", "b", "c"]:
    setattr(o, name, name.upper())
print([getattr(o, n) for n in "abc"], sorted(vars(o)))
print(getattr(str, "upper")("q"), getattr([], "append").__name__)
