class NotAsyncIterable:
    def __iter__(self):
        return iter([1])


class NotAsyncCM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


async def use_async_for():
    async for x in NotAsyncIterable():
        pass


async def use_async_with():
    async with NotAsyncCM():
        pass


for coro_fn in (use_async_for, use_async_with):
    c = coro_fn()
    try:
        c.send(None)
    except TypeError as e:
        print(type(e).__name__, e)
