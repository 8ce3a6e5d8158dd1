# Async generators and async iteration under the event loop; asyncio.run closes
# generators left suspended (sys.set_asyncgen_hooks).
import asyncio
import sys


async def ticker(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticker finally", n)


class AsyncRange:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i


class Resource:
    async def __aenter__(self):
        await asyncio.sleep(0)
        print("enter")
        return self

    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        print("exit", exc[0].__name__ if exc[0] else None)
        return True


left_open = None


async def main():
    global left_open
    print([i async for i in ticker(3, 0.001)])
    print([i async for i in AsyncRange(4)])
    async with Resource() as r:
        print(type(r).__name__)
    async with Resource():
        raise ValueError("suppressed")
    print("after suppressed")
    left_open = ticker(5, 0)
    print(await left_open.__anext__(), await left_open.__anext__())
    hooks = sys.get_asyncgen_hooks()
    print(hooks.firstiter is not None, hooks.finalizer is not None)
    g = ticker(2, 0)
    async for v in g:
        print("got", v)
        break
    await g.aclose()
    print("main returns")


asyncio.run(main())
print("after run", sys.get_asyncgen_hooks())

first = []
sys.set_asyncgen_hooks(firstiter=first.append)
print(sys.get_asyncgen_hooks().firstiter is not None)


async def agen():
    yield 1

a = agen()
print(len(first))
step = a.__anext__()
print(len(first), first[0] is a)
step.close()
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
try:
    sys.set_asyncgen_hooks(firstiter=3)
except TypeError as e:
    print("TypeError:", e)
