def f():
    pass
def g(a, b):
    "doc"
    return a
def h(a, /, b, *, c):
    return
def k(*args, **kwargs):
    return args, kwargs
def defaults(a=1, b=[], *, c=2, d):
    pass
def ann(a: int, b: "str" = 1, *c: list, d: dict, **e: set) -> None:
    pass
@dec
def decorated():
    pass
@dec1
@dec2(arg)
def decorated2(x):
    return x
def outer():
    x = 1
    def inner():
        return x
    return inner
def outer2(a):
    def mid():
        def inner():
            nonlocal a
            a = 2
            return a
        return inner
    return mid
def gen():
    yield 1
    yield
    x = yield 2
    yield from range(3)
    return 5
async def coro():
    await x
    async with a as b:
        pass
    async for i in y:
        pass
def glob():
    global G
    G = 1
    return G
def loc():
    x = 1
    del x
    y = z
lam = lambda a, *b, c=1, **d: (a, b, c, d)
def deflt(a, b=lambda: 0):
    pass
def cellarg(a, b):
    def inner():
        return b
    return inner
