class C:
    def __len__(self):
        return 3
    def __repr__(self):
        return "C-repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance-repr"
print(len(c), repr(c), c.__len__(), c.__repr__())
class G:
    def __getattr__(self, name):
        return lambda *a: 7
g = G()
try:
    len(g)
except TypeError as e:
    print(type(e).__name__, e)
print(g.__len__())
class Meta(type):
    def __len__(cls):
        return 42
    def __repr__(cls):
        return "<Meta-made " + cls.__name__ + ">"
    def __iter__(cls):
        return iter([1, 2])
class M(metaclass=Meta):
    def __len__(self):
        return 1
print(len(M), repr(M), len(M()), list(M))
class Swap:
    def __str__(self):
        return "v1"
s = Swap()
print(str(s))
Swap.__str__ = lambda self: "v2"
print(str(s), f"{s}")
del Swap.__str__
print(str(s) == repr(s))
class Bool:
    pass
b = Bool()
print(bool(b))
Bool.__bool__ = lambda self: False
print(bool(b))
Bool.__len__ = lambda self: 5
print(bool(b))
del Bool.__bool__
print(bool(b))
