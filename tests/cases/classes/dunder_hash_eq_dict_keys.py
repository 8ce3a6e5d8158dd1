class Coord:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Coord) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"C({self.x},{self.y})"


visited = {Coord(0, 0), Coord(1, 0), Coord(0, 0)}
print(len(visited), Coord(1, 0) in visited, Coord(2, 2) in visited)
dist = {Coord(0, 0): 0}
for step in range(1, 4):
    dist[Coord(step, step)] = step * 2
print(dist[Coord(2, 2)], sorted(dist.values()), Coord(3, 3) in dist)
print(sorted(visited, key=lambda c: (c.x, c.y)))
