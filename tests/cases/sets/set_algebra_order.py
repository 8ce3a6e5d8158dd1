# set algebra results keep CPython's table order (ints, strs, mixed, user keys)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 7
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
    def __repr__(self): return "K%d" % self.v
a = set(range(0, 300, 2)) | {"a", "b", "c", "d"}
b = set(range(0, 300, 3)) | {"b", "d", "e"}
print(list(a & b)[:20], list(a - b)[:20], list(b - a)[:20])
print(list(a.intersection(b, range(0, 300, 5)))[:20])
x = {K(i) for i in range(10)}
y = {K(i) for i in range(0, 10, 2)}
print(sorted((x & y), key=lambda k: k.v), sorted((x - y), key=lambda k: k.v))
print(list(frozenset(range(100, 0, -7)) & set(range(0, 100, 2))))
big = set(range(100000))
print(len(big & set(range(0, 200000, 3))), list(big - set(range(50, 100000)))[:10])
