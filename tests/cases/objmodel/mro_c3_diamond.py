class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()])
print(Z.__bases__ == (K1, K2, K3), Z.__base__.__name__)
print([k.__name__ for k in K1.__mro__])
try:
    class Bad(A, K1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y(X): pass
try:
    class W(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
class W2(Y, X): pass
print([k.__name__ for k in W2.__mro__])
print(object.__mro__, object.__bases__, object.__base__)
print(type.__mro__, type.__base__)
print(bool.__mro__)
