print(sum([]), sum([1, 2, 3]), sum([1.5, 2.5]), sum(range(101)), sum([1, 2], 10), sum([[1], [2]], []))
print(sum([0.1] * 10), sum([True, True, False]), sum((x for x in range(5)), start=100))
print(sum([1, 2.0, 3j]), sum([10 ** 20, 1]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
seen = []


def check(x):
    seen.append(x)
    return x > 1


print(any(check(x) for x in [0, 1, 2, 3, 4]), seen)
seen.clear()
print(all(check(x) for x in [5, 6, 0, 7]), seen)
