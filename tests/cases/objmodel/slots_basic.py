class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "y"), hasattr(p, "__dict__"))
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__, P.__slots__)
class Q(P):
    pass
q = Q(5); q.z = 9
print(q.z, q.__dict__)
class R(P):
    __slots__ = ("z",)
r = R(1); r.z = 2
print(r.x, r.z, hasattr(r, "__dict__"))
class S:
    __slots__ = "single"
s = S(); s.single = "one"; print(s.single, S.__slots__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict(); w.a = 1; w.b = 2
print(w.a, w.__dict__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 3
except ValueError as e:
    print(type(e).__name__, e)
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class BadName:
        __slots__ = ("not valid",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Twice:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print(type(e).__name__, e)
