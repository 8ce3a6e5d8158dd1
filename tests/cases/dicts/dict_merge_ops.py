a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print(a | b, b | a, a | {}, {} | a)
c = a.copy()
c |= b
c |= [("w", 0)]
c |= {"x": "X"}.items()
print(c, a)
for f in [lambda: a | [("q", 1)], lambda: a | 5, lambda: [("q", 1)] | a]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
d = dict(a, **b)
print(d, dict(x=1), dict([("k", "v")], k2="v2"), dict({1: 2}.items()), dict(zip("ab", range(2))), dict(dict(a)))
print({**a, **b}, {**a, "y": "lit"}, {"y": "lit", **a})
try:
    dict(a, **{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([("a", 1)], [("b", 2)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(["ab", "cde"])
except ValueError as e:
    print(type(e).__name__, e)
print(dict(["ab", "cd"]), dict([[1, 2]]))
