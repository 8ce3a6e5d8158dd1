class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.x, p.y, P.__slots__, hasattr(p, "__dict__"))
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)


class Q(P):
    pass


q = Q(1, 2)
q.z = 3
print(q.z, sorted(q.__dict__))


class R(P):
    __slots__ = ("w",)


r = R(5, 6)
r.w = 7
print(r.x, r.w)
try:
    r.v = 0
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__)
