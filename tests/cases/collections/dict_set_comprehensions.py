print({x: x * x for x in range(5)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 3 for x in range(10)}, {c for c in "hello"} == set("helo"))
print({(x, y): x * y for x in range(2) for y in range(2)})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(groups)
print({len(w) for w in words}, {w: len(w) for w in words if len(w) > 6})
d = {i: {j: i * j for j in range(3)} for i in range(2)}
print(d)
print({k: v for k, v in [(1, "a"), (1, "b"), (2, "c")]})
