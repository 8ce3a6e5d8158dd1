class Base: pass
class A(Base): pass
class B(Base): pass
class C(A, B): pass
print([c.__name__ for c in Base.__subclasses__()])
print([c.__name__ for c in A.__subclasses__()])
print([c.__name__ for c in C.__subclasses__()])
print(bool in int.__subclasses__())
print(type(Base.__subclasses__()).__name__)
def later():
    class D(Base): pass
    return D
D = later()
print([c.__name__ for c in Base.__subclasses__()])
print(issubclass(D, Base), issubclass(C, B), issubclass(B, C))
print(issubclass(C, (int, A)), issubclass(bool, (str, int)))
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(int, ()))
print(issubclass(int, ((str,), (object,))))
