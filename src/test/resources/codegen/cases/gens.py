def g1():
    x = yield
    y = yield x
    yield from g1()
    return y
async def a1():
    await x
    async for i in y:
        if i:
            break
        if not i:
            continue
        await z
    else:
        pass
    async with a as b, c:
        return b
async def a2():
    yield 1
    yield await x
    async with m:
        yield 2
async def a3():
    return [i async for i in y if await i], {k: await v for k, v in z}
async def a4():
    try:
        async for x in y:
            return x
    finally:
        await cleanup()
def g2():
    try:
        yield 1
    finally:
        yield 2
def g3():
    with m as n:
        yield n
    for x in range(3):
        yield x
async def a5():
    async with a:
        async with b:
            return 1
