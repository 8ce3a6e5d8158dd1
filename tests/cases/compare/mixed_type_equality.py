print(1 == "1", "1" == 1, 1 != "1", [] == (), {} == [], None == 0, None == False)
print(0 == 0.0 == 0j == False, 1 == 1 + 0j, 2 == 2 + 1j)
print({1, 2} == frozenset([1, 2]), {1: 2} == {1: 2.0}, {"a": 1} == {"a": True})
print([1, 2] == [1, 2], [1, 2] == [2, 1], {1, 2} == {2, 1}, {1: 1, 2: 2} == {2: 2, 1: 1})
print(range(3) == range(0, 3), range(0) == range(5, 5), range(3) == [0, 1, 2])
print("a" == "a", "a" == "A", b"a" == "a")
try:
    print(1 < "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None < None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([] >= {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({1} < [1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(object() > object())
except TypeError as e:
    print(type(e).__name__, e)
