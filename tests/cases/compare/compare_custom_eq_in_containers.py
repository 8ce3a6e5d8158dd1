class Approx:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        other_v = other.v if isinstance(other, Approx) else other
        return abs(self.v - other_v) < 0.01

    __hash__ = None

    def __repr__(self):
        return f"~{self.v}"


items = [Approx(1.0), Approx(2.0)]
print(1.001 in items, 1.5 in items, items.index(2.005), items.count(1))
print(items == [1.0, 2.0], [1.0, 2.0] == items, (Approx(3),) == (3.004,))
print(items.remove(1.0005) or items)
d = {"k": Approx(5)}
print(d == {"k": 5.001}, d != {"k": 6})
