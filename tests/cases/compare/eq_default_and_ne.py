class P:
    pass


p, q = P(), P()
print(p == p, p == q, p != q, p != p)


class E:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, E) and self.k == other.k


print(E(1) == E(1), E(1) != E(1), E(1) != E(2), E(1) == 1)


class N:
    def __ne__(self, other):
        return "custom ne"


print(N() != 1, N() == 1)


class Both:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return True


print(Both() == 0, Both() != 0)
print(E.__hash__ is None, P.__hash__ is None)
try:
    hash(E(1))
except TypeError as e:
    print(type(e).__name__, e)
print([E(1), E(2)].index(E(2)), E(3) in [E(1), E(3)], [E(1)].count(E(1)))
