print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0, -5, -1)))
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], "xy", strict=True)))
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
e = enumerate("xy")
print(next(e), next(e), type(e).__name__)
print(dict(enumerate("abc")), list(zip(*[[1, 2, 3], [4, 5, 6]])))
