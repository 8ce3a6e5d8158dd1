a = {1, 2, 3}
b = {1, 2}
c = {4}
print(b < a, b <= a, a < a, a <= a, a > b, a >= a, a > a)
print(c < a, c > a, c == a, a != c)
print(a.issubset({1, 2, 3, 4}), a.issuperset(b), a.isdisjoint(c), a.isdisjoint(b))
print(frozenset(b) < a, set() < a, set() <= set(), set() < set())
print(sorted([{1, 2}, {1}, {1, 2, 3}], key=len))
try:
    a < [1, 2, 3, 4]
except TypeError as e:
    print(type(e).__name__, e)
d1 = {"x": 1}
try:
    d1 < d1
except TypeError as e:
    print(type(e).__name__, e)
print(d1.keys() == {"x"}, d1.keys() < {"x", "y"}, d1.items() <= {("x", 1), ("y", 2)})
