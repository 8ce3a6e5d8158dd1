print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b22c")))
print(list(filter(lambda x: x % 2, range(10))), list(map(len, ["", "ab", "abc"])))
m = map(int, ["1", "2", "x"])
print(next(m), next(m))
try:
    next(m)
except ValueError as e:
    print(type(e).__name__, e)
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
print(sum(map(int, "12345")), "".join(map(chr, range(97, 102))))
