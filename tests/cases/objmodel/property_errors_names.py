class A:
    @property
    def ro(self):
        return 1
    def _get(self):
        return 2
    named = property(_get)
a = A()
for stmt in ("a.ro = 2", "del a.ro", "a.named = 1", "del a.named"):
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, "->", type(e).__name__, e)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
p = property(None)
try:
    p.__get__(a)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__set__(a, 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__delete__(a)
except AttributeError as e:
    print(type(e).__name__, e)
class B:
    x = property(lambda self: self.__dict__.get("_x", 0))
    @x.setter
    def x(self, v):
        self.__dict__["_x"] = v
b = B(); b.x = 4; print(b.x)
print(type(A.ro.fget).__name__, A.ro.fget(a))
