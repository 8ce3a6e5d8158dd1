print(bool(), bool([]), bool([0]), bool("False"), bool(None), bool(0.0), bool(-0.0))
print(int("  -42  "), int(42.9), int(-42.9), int("+0"), int(True), int("١٢٣"))
print(float(), float("  3.5\n"), float("-inf"), float("nan") != float("nan"), float("1_0.5"), float(7))
print(str(), str(0), str(-0.0), str([None]), str(("a",)))
print(list(), list("ab"), list((1, 2)), list({"k": 1}), list(range(3)))
print(tuple(), tuple([1]), dict(), dict(a=1), set(), set("aab") == {"a", "b"}, frozenset("a"))
for bad in ["1.2.3", "", "abc", "1e", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
