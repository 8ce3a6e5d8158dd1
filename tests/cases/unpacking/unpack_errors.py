tests = [
    "a, b = 1, 2, 3",
    "a, b, c = 1, 2",
    "a, b = 1",
    "a, = []",
    "a, *b, c = [1]",
    "a, b = None",
    "(a, b), c = 1, 2",
    "a, b = 'abc'",
    "a, b = {}",
]
for src in tests:
    try:
        exec(src)
    except (ValueError, TypeError) as e:
        print(src.ljust(20), type(e).__name__, e)


def gen():
    yield 1
    yield 2
    yield 3


try:
    a, b = gen()
except ValueError as e:
    print(type(e).__name__, e)
