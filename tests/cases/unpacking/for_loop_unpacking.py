for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
for a, *b in ["abc", "de", "f"]:
    print(a, b)
for (x, y), z in zip([(1, 2), (3, 4)], "pq"):
    print(x, y, z)
result = [(b, a) for a, b in [(1, "one"), (2, "two")]]
print(result)
print({v: k for k, v in {"a": 1, "b": 2}.items()})
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print(type(e).__name__, e)
