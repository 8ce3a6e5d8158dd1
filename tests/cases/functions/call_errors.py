def two(a, b):
    pass


def opt(a, b=1):
    pass


five, text, nothing = 5, "s", None
tests = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, 2, c=3),
    lambda: two(1, a=2),
    lambda: opt(1, 2, 3),
    lambda: opt(),
    lambda: opt(b=2),
    lambda: (lambda: 0)(1),
    lambda: (lambda *, k: k)(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: five(),
    lambda: text(),
    lambda: nothing(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
