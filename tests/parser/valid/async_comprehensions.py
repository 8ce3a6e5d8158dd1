# Asynchronous comprehensions and await inside comprehensions.
async def f():
    a = [x async for x in y]
    b = {x async for x in y}
    c = {k: v async for k, v in y}
    d = (x async for x in y)
    e = [x async for x in y if await x]
    g = [x for x in y async for z in x]
    h = [x async for x in y for z in x]
    i = [x async for x in y async for z in x]
    j = [await x for x in y]
    k = [x for x in await y]
    l = {await k: await v for k, v in y}
    m = [[x async for x in y] for y in z]
    n = [x async for x, *rest in y]
    o = [x async for x in y if x if await x]
    return a


def g():
    return (x async for x in y)


async def h():
    return [y for y in (x async for x in z)]
