print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"), min("b", "a"), max((1, 2), (1, 3)))
print(min([], default="empty"), max([], default=None), max([1], default=5))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([3, 3.0]), max([3.0, 3]), min([1, True]), max([-1, -1.5], key=abs))
print(max(range(10), key=lambda x: (x % 3, x)), min({"b": 1, "a": 2}))
for args in ([], ()):
    try:
        max(args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
