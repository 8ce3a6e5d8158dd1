class M:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        return M([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __repr__(self): return f"M({self.rows})"
a = M([[1, 2], [3, 4]])
print(a @ a)
b = a
a @= M([[1, 0], [0, 1]])
print(a, a is b)
for x, y in [(1, 2), ([1], [2]), (1.0, 2.0), ("a", "b")]:
    try:
        x @ y
    except TypeError as e:
        print(type(e).__name__, e)
