# return statements in every form.
def f0(): return
def f1(): return 1
def f2(): return 1, 2
def f3(): return 1, 2,
def f4(): return (1, 2)
def f5(): return *a, b
def f6(): return a, *b
def f7(): return [*a]
def f8(): return x if y else z
def f9(): return lambda: 0
def f10(): return not x
def f11(): return (yield)
def f12(): return await_
def f14(): return (a := 1)


def f15():
    if x:
        return
    for y in z:
        return y
    while True:
        return
    try:
        return 1
    finally:
        return 2


async def f16():
    return await x
