class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1, M2): pass
class C(A, B, metaclass=M3): pass
print(type(C).__name__)
class M1Sub(M1): pass
class D(A, metaclass=M1Sub): pass
class E(D, A): pass
print(type(E).__name__)
class F(A, metaclass=type): pass
print(type(F).__name__)
def func_meta(name, bases, ns):
    return ("made", name, sorted(k for k in ns if not k.startswith("__")))
class G(metaclass=func_meta):
    x = 1
print(G)
class H(metaclass=lambda n, b, ns, **kw: kw):
    pass
print(H)
class I(metaclass=lambda n, b, ns, **kw: kw, a=1, c=2):
    pass
print(I)
try:
    class J(metaclass=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class K(object, flag=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(type).__name__, type.__class__ is type, isinstance(type, object), isinstance(object, type))
