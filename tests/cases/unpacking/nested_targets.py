data = [("ann", (30, "nyc")), ("bob", (25, "sf"))]
for name, (age, city) in data:
    print(name, age, city)
((a, b), (c, d)), e = ((1, 2), (3, 4)), 5
print(a, b, c, d, e)
[x, [y, [z]]] = [1, [2, [3]]]
print(x, y, z)
pairs = {"k1": (1, [2, 3]), "k2": (4, [5, 6])}
for key, (n, [m, o]) in sorted(pairs.items()):
    print(key, n + m + o)
(first, *rest), last = "abc", "z"
print(first, rest, last)
matrix = [[1, 2], [3, 4]]
(r0c0, r0c1), (r1c0, r1c1) = matrix
print(r0c0 + r1c1, r0c1 + r1c0)
