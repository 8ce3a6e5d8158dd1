class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __len__(self):
        return self.w * self.h

    def __contains__(self, value):
        return value in self.cells.values()

    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))


g = Grid(4, 3)
g[1, 1] = "#"
g[3, 2] = "@"
print(len(g), "#" in g, "x" in g, g[1, 1], g[0, 0])
for row in g:
    print(row)
del g[1, 1]
print(list(g))
try:
    g[9, 9]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del g[0, 0]
except KeyError as e:
    print(type(e).__name__, e)


class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 11


print(list(Seq()), 22 in Seq(), [x for x in Seq()])
