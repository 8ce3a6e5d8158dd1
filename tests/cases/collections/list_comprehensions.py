print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([c.upper() for c in "abc"], [n for n in [] if n], [x if x > 0 else -x for x in [-2, 3, -4]])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
flat = [v for row in matrix for v in row if v % 2]
print(flat)
print([y for x in [[1, [2]], [3, [4, 5]]] for y in x[1]])
print([(i, s) for i, s in enumerate("xyz") if i != 1])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([x for x in range(3)] == list(range(3)), len([None for _ in range(100)]))
