class V:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print("eq", self.n, getattr(other, "n", other))
        if not isinstance(other, V):
            return NotImplemented
        return self.n == other.n

    def __lt__(self, other):
        print("lt", self.n, getattr(other, "n", other))
        if not isinstance(other, V):
            return NotImplemented
        return self.n < other.n

    def __repr__(self):
        return "V(%d)" % self.n


a, b = V(1), V(2)
print(a == b)
print(a != b)
print(a < b)
print(a > b)
print(a == 1)
print(1 == a)
print(a != "x")
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < 3
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([V(3), V(1), V(2)]))
