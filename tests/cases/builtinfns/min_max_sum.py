print(max(1, 2, 3), max([1, 5, 2]), max("abc"), max([], default=0), max([3], default=0), max([1, 2], key=lambda x: -x), max((), default=None))
print(min(4, 2, 8), min("zyx"), min([[2], [1]]), min([], default="e"), min(1, 2, key=abs), max([-3, 2], key=abs), max("a", "bb", key=len))
print(max([1, 1.0]), max([1.0, 1]), min([True, 1]), max(2, 1, 2), max([(1, "a"), (1, "b")]), max([float("nan"), 1]), max([1, float("nan")]))
print(sum([]), sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum((1, 2), 10), sum([0.1] * 10), sum(range(101)), sum([True, True]), sum([1, 2], start=3))
print(sum([1e308, 1e308, -1e308]), sum([2 ** 64, 1.5]), sum([1j, 2]), sum(iter([5, 6])), sum(x * x for x in range(4)))
for f in [lambda: max(), lambda: max([]), lambda: min(1), lambda: max(1, 2, default=3), lambda: max([1], key=5), lambda: sum(["a"]), lambda: sum([1], "a"),
          lambda: sum([[1]]), lambda: sum(5), lambda: min([1, "a"]), lambda: sum([b"a"], b""), lambda: sum([], bytearray())]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
