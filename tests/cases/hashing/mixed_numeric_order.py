# dict and set iteration order with mixed int/float/bool/complex keys that compare equal
d = {1: "int", 1.0: "float", True: "bool", 2: "two", 2.5: "f", -1: "m", -1.0: "mf", 0: "z", 0.0: "zf", False: "F", 1j: "c", 0j: "cz"}
print(d, len(d))
s = {3, 3.0, 1.5, -2, -2.0, 0, False, 0.0, 2**61 - 1, float(2**61 - 1), 2**61, 10**20, 1e20, 0.5, -0.5, float("inf")}
print(s, len(s))
print({1.0, 1}, {1, 1.0}, {True, 1.0, 1}, {0.0, False, 0}, {-0.0, 0})
print(list({2.0: 1, 2: 2}.items()), {2: 1, 2.0: 2})
s = set()
for x in [8, 8.0, 16, 16.5, -8, 1e10, 10**10, 2**64, 2.0**64, 7, 15, 23, 31]:
    s.add(x)
print(s)
s.discard(8); s.add(8.0); s.add(2.0**64 + 2**12)
print(s)
fs = frozenset([1.5, 2.5, 3, 3.0, -7, 7])
print(fs, sorted(fs), hash(fs) == hash(frozenset([3, 1.5, 2.5, -7, 7])))
print({n * 0.5 for n in range(-10, 11)})
print({x: x for x in [4, 4.5, 5, 5.5, 6.0, 6]})
d = dict.fromkeys([5, 5.0, 13, 21, 29, 37.0, -3])
del d[13]
d[13.0] = 1
print(d, list(d))
print({float("nan"), float("nan")} == {float("nan")}, len({float("nan"), float("nan")}))
n = float("nan")
print(len({n, n}), {n: 1, n: 2})
print(hash(-1), hash(-1.0), hash(-2), hash(2**61 - 2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(1e20), hash(0.1), hash(1j), hash(complex(1, 1)))
