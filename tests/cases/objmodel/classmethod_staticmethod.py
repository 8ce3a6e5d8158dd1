class C:
    count = 0
    @classmethod
    def make(cls, *args):
        return (cls.__name__, args)
    @staticmethod
    def util(x, y=2):
        return x * y
class D(C):
    pass
print(C.make(1), D.make(), D().make(2, 3))
print(C.util(3), C().util(3, 3), D.util(x=4))
cm = C.__dict__["make"]
sm = C.__dict__["util"]
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__(5))
print(sm(6), callable(sm))
print(cm.__get__(None, D)())
print(type(C.make).__name__, C.make.__self__ is C, D().make.__self__ is D)
print(C.make.__func__ is cm.__func__)
s = staticmethod(len)
print(s("abc"), s.__wrapped__ is len)
c2 = classmethod(lambda cls: cls.__name__)
class E:
    who = c2
print(E.who(), E().who())
print(staticmethod(print).__isabstractmethod__ if hasattr(staticmethod(print), "__isabstractmethod__") else "no attr")
try:
    classmethod(1)(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.make.nope
except AttributeError as e:
    print(type(e).__name__, e)
class F:
    @classmethod
    @property
    def cp(cls):
        return "cp of " + cls.__name__
print(F.cp)
