n = 4
m = [[i * n + j for j in range(n)] for i in range(n)]
for row in m:
    print(" ".join(f"{v:2}" for v in row))
t = [list(col) for col in zip(*m)]
print(t[1])
diag = [m[i][i] for i in range(n)]
anti = [m[i][n - 1 - i] for i in range(n)]
print(diag, anti, sum(diag) + sum(anti))
rot = [list(r) for r in zip(*m[::-1])]
print(rot[0], rot[-1])


def matmul(a, b):
    return [[sum(x * y for x, y in zip(r, c)) for c in zip(*b)] for r in a]


ident = [[int(i == j) for j in range(n)] for i in range(n)]
print(matmul(m, ident) == m, matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
print([row[1:3] for row in m[1:3]])
