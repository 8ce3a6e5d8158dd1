# await expressions inside async functions, including precedence with ** and unary ops.
async def f():
    await x
    a = await x
    b = await x.y
    c = await x()
    d = await x[0]
    e = await x ** 2
    g = -await x
    h = await (await x)
    i = [await y for y in z]
    j = (await x) + (await y)
    k = await x.y().z[0]
    l = not await x
    m = await x if await y else await z
    n = f(await x, k=await y)
    o = {await k: await v for k, v in d}
    p = await (x)
    q = lambda: 0
    r = await x + 1
    s = await x ** await y
    await f()(g)
    return await x


async def g():
    return [await a async for a in b if await c]
