print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)), list(enumerate([], 3)), list(enumerate("x", 2 ** 70)))
e = enumerate(iter([1, 2]))
print(type(e).__name__, next(e), list(e), next(e, "end"))
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip("ab", [1, 2], (True, False))), dict(zip("xy", range(2))))
print(list(zip("ab", "cd", strict=True)), list(zip(strict=True)), list(zip([], [], strict=True)))
for args in [("abc", "ab"), ("ab", "abc"), ("a", "b", "cd"), ([1], [], [2])]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(type(e).__name__, e)
z = zip("abc", "ab", strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print(type(e).__name__, e)
for f in [lambda: enumerate(5), lambda: enumerate("a", "b"), lambda: zip(1), lambda: zip("a", 5), lambda: enumerate(), lambda: zip(x=1)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(list(zip(range(3), iter("abcdef"))), list(zip(*[(1, "a"), (2, "b")])))
