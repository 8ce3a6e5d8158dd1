# super() in its forms: zero-arg, two-arg, unbound, in classmethods/staticmethods/properties, errors
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @property
    def p(self): return "A.p"
    def __repr__(self): return "<A>"
class B(A):
    def f(self): return "B>" + super().f()
    @classmethod
    def c(cls): return "B>" + super().c()
    @property
    def p(self): return "B>" + super().p
class C(A):
    def f(self): return "C>" + super().f()
class D(B, C):
    def f(self): return "D>" + super().f()
print(D().f(), D.c(), D().p, super(B, D()).f(), super(C, D()).f(), super(D, D).c())
s = super(B, D())
print(type(s).__name__, s.__self__.__class__.__name__, s.__thisclass__.__name__, s.__self_class__.__name__)
u = super(B)
print(u.__self__, u.__thisclass__.__name__, repr(u)[:20])
print(super(A, A()).__repr__()[:18], repr(super(B, B()))[:40])
for f in [lambda: super(B, 1), lambda: super(1, B()), lambda: super(), lambda: super(B, A()).f(), lambda: super(D, D()).nope, lambda: super(A, A()).f()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class E(A):
    def g(self):
        def inner():
            return super().f()
        return inner()
try:
    E().g()
except RuntimeError as e:
    print("RuntimeError", e)
class F(A):
    def h(self):
        return (lambda: super().f())()
try:
    print(F().h())
except RuntimeError as e:
    print("RuntimeError", e)
class G(A):
    @staticmethod
    def s():
        try:
            return super().f()
        except RuntimeError as e:
            return "RuntimeError " + str(e)
print(G.s())
class H(A):
    def f(self):
        del self
        try:
            return super().f()
        except RuntimeError as e:
            return "RuntimeError " + str(e)
print(H().f())
class Meta(type):
    def __call__(cls, *a):
        return "meta>" + str(super().__call__(*a))
class M(metaclass=Meta):
    def __repr__(self): return "M()"
print(M())
class K(A):
    def f(self):
        __class__ = 5
        return __class__
print(K().f())
class L(A):
    def f(self):
        return __class__.__name__, super().f()
print(L().f())
