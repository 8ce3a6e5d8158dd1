# yield and yield from in every position they may appear.
def g():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    yield from x
    x = yield
    x = yield 1
    x = yield from y
    x = (yield)
    x = (yield 1)
    f((yield))
    f((yield from x))
    x += yield
    x: int = yield 1
    a, b = yield c, d
    return (yield)


def h():
    x = [(yield)]
    y = {(yield): (yield)}
    z = yield (yield)
    await_ = yield lambda: 0
    print((yield from range(3)))
    yield from (yield)
    q = a, (yield b)
    return 1
