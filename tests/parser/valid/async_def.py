# async def, await, async for, async with, and async comprehensions.
async def f():
    pass


async def f(a, /, b=1, *args, c, **kw) -> int:
    await a
    return await b


async def f():
    async for x in y:
        pass
    async for x in y:
        pass
    else:
        pass
    async for a, *b in c:
        pass
    async with a:
        pass
    async with a as b, c as d:
        pass
    async with (a as b, c as d,):
        pass
    async with (a, b):
        pass


async def f():
    return [x async for x in y]


async def f():
    return {x async for x in y}


async def f():
    return {k: v async for k, v in y}


async def f():
    return (x async for x in y)


async def f():
    return [x async for x in y for z in x async for w in z if w]


async def f():
    return [await x for x in y]


async def f():
    def g():
        return (x async for x in y)
    return g


async def f():
    yield 1
    yield
    x = yield


async def f(): await x
async def f(): return [x async for x in y if await x]
