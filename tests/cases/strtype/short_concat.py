# Concatenation of short strs, held inline or not, Latin-1 or not: every split point of the
# 16 inline chars, and the results used as dict keys.
pool = ["", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "0123456789abcde", "0123456789abcdef", "é", "€", "x" * 17]
stored = []
for p in pool:
    stored.append((p + ".")[:-1])
res = []
for x in pool + stored:
    for y in pool + stored:
        z = x + y
        res.append(z)
        assert len(z) == len(x) + len(y), (x, y)
        assert z[:len(x)] == x and z[len(x):] == y, (x, y, z)
print(len(res), hash(tuple(res)) == hash(tuple(a + b for a in pool + stored for b in pool + stored)), sorted(set(res))[:5], sorted(set(res))[-3:])
d = {}
for i in range(3000):
    d["n" + str(i % 400)] = i
print(len(d), d["n7"], "n7" in d, sorted(d)[:3])
