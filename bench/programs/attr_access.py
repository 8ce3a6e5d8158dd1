# Reading and writing instance attributes, properties and class attributes.
class Point:
    scale = 3

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


def run(n):
    p = Point(1, -2)
    total = 0
    for i in range(n):
        p.x = p.x + 1
        p.y = p.y - p.scale
        total += p.norm1 % 7
    return total, p.x, p.y


print(run(3600000))
