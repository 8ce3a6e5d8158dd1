pairs = [(1, 1.0), (1, True), (0, False), (2 ** 53 + 1, float(2 ** 53)), (1, 1 + 0j), ("a", b"a"),
         ((1, 2), [1, 2]), (None, None), (float("nan"), float("nan")), ([], []), ({}, {}), (set(), frozenset())]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a != b)
for a, b in [(1, "1"), (None, 0), ([], ()), ({}, [])]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [1, "a"] < [2], [1, "a"] == [1, "a"])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print("abc" < "abd", "Z" < "a", "" < "a", "\U0001F600" > "\uffff")
print(b"ab" < b"b", bytearray(b"a") == b"a", b"a" < bytearray(b"b"))
print(2 ** 100 > 2 ** 99 + 1e10, 10 ** 400 > 1e308, -10 ** 400 < float("-inf"))
print(float("inf") == float("inf"), float("inf") > 10 ** 1000, 1e308 * 10 == float("inf"))
try:
    1j < 2j
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} < {1, 2, 3}, {1} <= {1}, {1, 2} > {3}, frozenset({1}) == {1})
print(range(0) == range(2, 2), range(1, 5, 2) == range(1, 6, 2), range(3) == [0, 1, 2])
