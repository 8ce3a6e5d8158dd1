import inspect
import types


class Desc:
    def __get__(self, obj, owner=None):
        return "got"
    def __set__(self, obj, value):
        pass


class NonData:
    def __get__(self, obj, owner=None):
        return "nd"


class Meta(type):
    meta_only = "meta"


class A(metaclass=Meta):
    d = Desc()
    n = NonData()
    plain = 1

    @property
    def p(self):
        raise RuntimeError("must not run")

    def __getattr__(self, name):
        return "dynamic " + name


a = A()
a.__dict__["d"] = "instance d"
a.__dict__["n"] = "instance n"
a.own = 2
for name in ("d", "n", "plain", "p", "own", "missing"):
    try:
        v = inspect.getattr_static(a, name)
        print(name, type(v).__name__, v if isinstance(v, (str, int)) else "")
    except AttributeError as e:
        print(name, "AttributeError", e)
print(inspect.getattr_static(a, "missing", "default"), getattr(a, "missing"))
print(inspect.getattr_static(A, "meta_only"), type(inspect.getattr_static(A, "d")).__name__)
print(inspect.getattr_static(A, "mro") is type.__dict__["mro"])
print(type(inspect.getattr_static(A, "__dict__")).__name__)
print(inspect.getattr_static(3, "real") is int.__dict__["real"])

class Slotted:
    __slots__ = ("x",)
s = Slotted()
s.x = 1
print(type(inspect.getattr_static(s, "x")).__name__)
ns = types.SimpleNamespace(q=1)
print(inspect.getattr_static(ns, "q"))

def annotated(a: "int", b: list) -> "str": pass
print(inspect.get_annotations(annotated), inspect.get_annotations(annotated, eval_str=True))
class WithAnn:
    x: int
    y: "list[int]" = []
print(inspect.get_annotations(WithAnn), inspect.get_annotations(WithAnn, eval_str=True))
print(inspect.get_annotations(inspect))
try:
    inspect.get_annotations(5)
except TypeError as e:
    print("TypeError", e)
for at in inspect.classify_class_attrs(A):
    if not at.name.startswith("__") or at.name in ("__getattr__", "__dict__", "__init__", "__class__"):
        print(at.name, at.kind, at.defining_class.__name__, type(at.object).__name__)
