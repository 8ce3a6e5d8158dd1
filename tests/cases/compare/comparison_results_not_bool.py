class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __lt__(self, other):
        return Vec(*[a < b for a, b in zip(self.xs, other.xs)])

    def __eq__(self, other):
        return Vec(*[a == b for a, b in zip(self.xs, other.xs)])

    def __bool__(self):
        return all(self.xs)

    def __repr__(self):
        return f"Vec{self.xs}"


a, b = Vec(1, 5), Vec(2, 3)
print(a < b, a == a, b > a)
print(bool(a < b), bool(a == a))
print(Vec(1, 1) < Vec(2, 2) < Vec(3, 3))
print(Vec(1, 9) < Vec(2, 2) < Vec(3, 3))
if a == a:
    print("a == a is truthy")
print(not (a < b))
