class L:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("L.lt", self.v, getattr(o, "v", o))
        return self.v < (o.v if isinstance(o, L) else o)
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        print("G.gt", self.v)
        return True
print(L(1) < L(2))
print(L(3) > L(2))
print(L(1) < 5, 5 > L(1))
try:
    L(1) <= L(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    G(1) < L(1)
except TypeError as e:
    print(type(e).__name__, e)
print(L(1) < G(1))
class E:
    def __eq__(self, o):
        print("E.eq")
        return "eq-result"
print(E() != E())
print(E() == 1, 1 == E())
class NE:
    def __ne__(self, o):
        return "custom-ne"
print(NE() != 1, NE() == NE())
n = NE()
print(n == n, n != n)
print(sorted([L(3), L(1), L(2)], key=lambda x: x).__len__())
class Total:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(max([Total(1), Total(3), Total(2)]).v, min(Total(5), Total(4)).v)
try:
    Total(1) >= Total(2)
except TypeError as e:
    print(type(e).__name__, e)
print(Total(1) > Total(0))
