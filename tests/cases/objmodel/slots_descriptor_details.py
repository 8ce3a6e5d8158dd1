class P:
    __slots__ = ("a", "b")
print(type(P.a).__name__, P.a.__name__, P.a.__objclass__ is P)
p = P()
P.a.__set__(p, 10)
print(P.a.__get__(p, P), P.a.__get__(None, P) is P.a)
try:
    P.a.__set__(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    P.b.__get__(p, P)
except AttributeError as e:
    print(type(e).__name__, e)
P.a.__delete__(p)
print(hasattr(p, "a"))
class Q(P):
    __slots__ = ("a",)
q = Q(); q.a = 1
print(q.a, Q.a is P.a)
class R:
    __slots__ = ("x",)
    def __init__(self):
        self.x = []
r = R(); r.x.append(1)
print(r.x)
class Props:
    __slots__ = ("_v",)
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 10
pr = Props(); pr.v = 2; print(pr.v, pr._v)
