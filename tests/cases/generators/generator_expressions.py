g = (x * 2 for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
data = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x for x in data if x % 2), max((x, i) for i, x in enumerate(data)))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
x = 10
lazy = (x + i for i in range(3))
x = 20
print(list(lazy))
early = (y for y in [x])
x = 30
print(list(early))
try:
    bad = (1 / i for i in [1, 0])
    print(next(bad))
    print(next(bad))
except ZeroDivisionError as e:
    print("raised on demand", e)
try:
    (z for z in 5)
except TypeError as e:
    print("first iterable evaluated eagerly:", e)
