class A:
    def m(self, x=1):
        return ("m", type(self).__name__, x)
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
a = A()
bm = a.m
print(bm(), bm(5), bm.__self__ is a, bm.__func__ is A.m, bm.__name__, bm.__qualname__)
print(A.m(a, 2), type(bm).__name__, type(A.m).__name__)
print(a.m == a.m, a.m is a.m, A().m == a.m)
b = A()
print(b.m == a.m)
print(hash(a.m) == hash(a.m))
def free(self):
    return "free"
a.f = free
try:
    a.f()
except TypeError as e:
    print(type(e).__name__, e)
A.g = free
print(a.g())
MethodType = type(A().m)
print(MethodType(free, 5)())
mt = MethodType(lambda self, y: self + y, 10)
print(mt(5), mt.__self__)
print(bm.__doc__, bm.__module__)
try:
    bm.newattr = 1
except AttributeError as e:
    print(type(e).__name__, e)
def documented(self):
    "doc here"
A.d = documented
print(a.d.__doc__)
print([1, 2].append.__self__, "abc".upper.__name__, type("abc".upper).__name__)
print([].append.__qualname__)
