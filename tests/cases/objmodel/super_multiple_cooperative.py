calls = []
class Root:
    def __init__(self, **kw):
        calls.append("Root")
        assert not kw, kw
class A(Root):
    def __init__(self, a=None, **kw):
        calls.append(("A", a))
        super().__init__(**kw)
class B(Root):
    def __init__(self, b=None, **kw):
        calls.append(("B", b))
        super().__init__(**kw)
class C(A, B):
    def __init__(self, **kw):
        calls.append("C")
        super().__init__(**kw)
C(a=1, b=2)
print(calls, [k.__name__ for k in C.__mro__])
class X:
    def m(self):
        return ["X"]
class Y(X):
    def m(self):
        return ["Y"] + super().m()
class Z(X):
    def m(self):
        return ["Z"] + super().m()
class W(Y, Z):
    def m(self):
        return ["W"] + super().m()
print(W().m(), Z().m())
print(super(Y, W()).m(), super(Z, W()).m())
class P:
    def __repr__(self):
        return "P" + super().__repr__()[:0]
    def __eq__(self, o):
        return super().__eq__(o)
print(repr(P()), P() == P(), P().__eq__(1))
