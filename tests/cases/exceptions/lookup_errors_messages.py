tests = [
    lambda: [1, 2][5],
    lambda: (1,)[-2],
    lambda: "ab"[9],
    lambda: {"a": 1}["b"],
    lambda: {(1, 2): 0}[(3, 4)],
    lambda: {1: 0}[2],
    lambda: {}[None],
    lambda: range(3)[3],
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: [1].index(2),
    lambda: "abc".index("z"),
]
for t in tests:
    try:
        t()
    except LookupError as e:
        print(type(e).__name__, repr(e), str(e))
    except ValueError as e:
        print("ValueError", e)
