class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k.lower() == other.k.lower()

    def __hash__(self):
        return hash(self.k.lower())

    def __repr__(self):
        return f"Key({self.k})"


d = {Key("A"): 1}
d[Key("a")] = 2
print(d, len({Key("x"), Key("X"), Key("y")}))


class NoHash:
    def __eq__(self, other):
        return True


try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)


class Ident:
    pass


i1, i2 = Ident(), Ident()
s = {i1, i2, i1}
print(len(s), i1 in s, Ident() in s)


class ConstHash:
    def __hash__(self):
        return 7


print(hash(ConstHash()), hash(-1), hash(-2), hash(0) == hash(0.0), hash(True))
