class K:
    def __init__(self, v): self.v = v
    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
d = {}
d[K(1)] = "a"
d[K(1)] = "b"
print(len(d), list(d.values()))
s = {K(2), K(2)}
print(len(s))
print(K(1) in d, K(3) in d)
class Collide:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"C{self.v}"
s = {Collide(i) for i in range(5)}
print(sorted(s, key=lambda c: c.v), len(s))
s.discard(Collide(2))
print(len(s), Collide(2) in s, Collide(3) in s)
class Mutating:
    def __hash__(self): return 0
    def __eq__(self, o):
        d2.clear()
        return False
d2 = {}
d2[Mutating()] = 1
try:
    d2[Mutating()] = 2
    print(len(d2))
except RuntimeError as e:
    print(type(e).__name__, e)
print(hash(-1) == hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(0.5), hash(-0.0))
