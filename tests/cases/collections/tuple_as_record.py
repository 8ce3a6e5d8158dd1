records = [("x", 3, 1.5), ("y", 1, 2.5), ("z", 2, 0.5)]
by_second = sorted(records, key=lambda r: r[1])
print(by_second)
names, counts, weights = zip(*records)
print(names, counts, weights)
print(sum(c * w for _, c, w in records))
point = 1, 2
x, y = point
print(x + y, point + (3,), point * 2, point[::-1])
print((1, 2) < (1, 2, 0), (2,) > (1, 99), max(records, key=lambda r: r[2])[0])
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested.count((1, 2)), nested.index((3, (4, 5))))
print(tuple(reversed(point)), tuple(sorted((3, 1, 2))), divmod(17, 5) + (0,))
