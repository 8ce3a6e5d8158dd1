# async constructs nested in other compound statements and classes.
class C:
    async def m(self):
        async with self.lock:
            async for item in self.queue:
                if item:
                    await item
                else:
                    continue
        try:
            await x
        except E:
            await y
        finally:
            await z

    @decorator
    async def n(self):
        while True:
            async with a as (b, c):
                break


async def outer():
    async def inner():
        await outer()
    lambda: 0
    await inner()
    with a:
        async with b:
            pass
    for x in y:
        async for z in x:
            pass
    match await x:
        case [a, b]:
            await a
    return inner


async def f():
    x = [await y async for y in z]
    async with (
        a as b,
        c as d,
    ):
        pass


def g():
    async def h():
        return [i async for i in j]
    return h
