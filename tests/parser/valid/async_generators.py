# Asynchronous generators.
async def agen():
    yield
    yield 1
    x = yield 2
    await x
    async for y in x:
        yield y
    return


async def agen2():
    async with a as b:
        yield b
    try:
        yield 1
    finally:
        await cleanup()


class C:
    async def __aiter__(self):
        yield self

    async def __anext__(self):
        return await self.next()
