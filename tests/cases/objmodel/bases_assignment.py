# __bases__ assignment: new MRO for the class and its subclasses, methods found through the new bases, errors
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
    def only_b(self): return "only B"
class C(A): pass
class D(C): pass
d = D()
print(d.who(), D.__mro__)
C.__bases__ = (B,)
print(d.who(), d.only_b(), C.__mro__, D.__mro__, C.__base__, A.__subclasses__(), B.__subclasses__())
C.__bases__ = (A, B)
print(d.who(), D.__mro__)
class WithRepr:
    def __repr__(self): return "via new base"
    def __len__(self): return 3
C.__bases__ = (WithRepr,)
print(repr(d), len(d), bool(d))
for bad in [(), [A], (1,), (D,), (C,), (int,), (A, A), (object, A)]:
    try:
        C.__bases__ = bad
        print("ok", C.__mro__)
    except TypeError as e:
        print("TypeError", e)
print(C.__mro__)
try:
    del C.__bases__
except TypeError as e:
    print("TypeError", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError", e)
class X(Exception): pass
class Y(Exception): pass
class Z(X): pass
Z.__bases__ = (Y,)
print(Z.__mro__, issubclass(Z, X), issubclass(Z, Y), isinstance(Z(), Y))
