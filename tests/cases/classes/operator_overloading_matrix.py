class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __eq__(self, other):
        return self.rows == other.rows

    def __len__(self):
        return len(self.rows)

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b, b @ a, a @ b == b @ a, a[1, 0], len(a))
ident = Matrix([[1, 0], [0, 1]])
print(a @ ident == a)
c = a
c @= b
print(c)
try:
    a @ 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    3 @ 4
except TypeError as e:
    print(type(e).__name__, e)
