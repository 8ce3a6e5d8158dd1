def f():
    global g
    def g():
        pass
    class H:
        global K
        class K:
            pass
    return H
lam = lambda: (yield)
lam2 = lambda x=lam: x
class Body:
    v = 1
    w = [v for _ in range(2)]
    u = __class__ if x else None
    def m(self):
        class N:
            def n(self):
                return super().n()
        return N
def cells():
    c = 1
    def r():
        nonlocal c
        del c
    class M:
        def q(self):
            nonlocal c
            c = 2
    return r, M
try:
    pass
except E as e:
    del e
def chain(x):
    if x == 1:
        return 1
    elif x == 2:
        return 2
    elif x == 3:
        return 3
    elif x == 4:
        pass
    else:
        return 5
    for i in x:
        assert i, "no"
        if i:
            continue
    while (a if b else c) and not (d or e):
        f()
    assert a < b < c, "msg"
async def ag():
    async for i in a:
        async with b:
            break
    return (await x for x in y)
class A(B, *C, metaclass=M, **kw):
    pass
class D(*bases):
    pass
call(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, k=11, l=12, m=13, n=14, o=15, p=16, **rest)
call(*x, a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, k=11, l=12, m=13, n=14, o=15, p=16)
big = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8, "i": 9, "j": 10, "k": 11, "l": 12, "m": 13,
       "n": 14, "o": 15, "p": 16, "q": 17, "r": 18}
fs = f"{x:{y}.{z}}" f"{x!r:^10}"
def g2():
    for x in y:
        with a:
            try:
                return x
            finally:
                with b:
                    break
def g3():
    try:
        pass
    finally:
        try:
            return 1
        except:
            pass
