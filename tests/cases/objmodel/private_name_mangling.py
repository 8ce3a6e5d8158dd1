class A:
    __x = 1
    def __init__(self):
        self.__y = 2
    def get(self):
        return self.__x, self.__y
    def __m(self):
        return "mangled"
    def call(self):
        return self.__m()
class B(A):
    __x = 10
    def getb(self):
        return self.__x
a = A(); b = B()
print(a.get(), b.get(), b.getb(), a.call())
print(sorted(k for k in vars(A) if "A" in k), vars(a))
try:
    a.__x
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(a, "_A__x"), a._A__m())
class _Under:
    __z = 3
    def g(self):
        return self.__z
print(_Under().g(), "_Under__z" in vars(_Under))
class __Dunder__:
    __w = 1
print([k for k in vars(__Dunder__) if "w" in k])
class C:
    def f(self):
        __local = 5
        return locals()
print(sorted(C().f()))
class D:
    def f(self):
        return __name__
print(D().f())
