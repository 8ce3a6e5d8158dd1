a = [1, [2, 3], (4, {5: 6})]
b = [1, [2, 3], (4, {5: 6})]
print(a == b, a is b, a != b, [a] == [b], (a,) == (b,), {1: a} == {1: b})
print([1, 2, 3] < [1, 2, 4], (1, 2) <= (1, 2), [[]] > [], "abc" > "abd", (1, "b") < (1, "c"), [1] * 3 == [1, 1, 1])
print(max([(1, "b"), (1, "a"), (0, "z")]), min(["b", "a", "c"]), sorted([(2, "a"), (1, "b"), (2, "A")]))
print([1, 2] == [1, 2.0], (0.1 + 0.2,) == (0.3,), [True] == [1], {(1, 2): 0} == {(1.0, 2.0): 0})
try:
    [(1, 2), (1, "a")].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([[1], ["a"]])
except TypeError as e:
    print(type(e).__name__, e)
print([] == (), [] == [], () == (), {} == set(), set() == frozenset(), [[]] == [()])
