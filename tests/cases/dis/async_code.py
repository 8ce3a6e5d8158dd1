import dis

from disshow import Buffer, masked, show


async def fetch(x):
    return x


async def worker(items, lock):
    async with lock as held:
        total = 0
        async for item in items:
            total += await fetch(item)
        return total


async def agen(n):
    for i in range(n):
        yield i
        await fetch(i)


show(worker)
show(agen)
co = worker.__code__
print(dis.pretty_flags(co.co_flags))
print(dis.pretty_flags(agen.__code__.co_flags))
c = fetch(1)
show(c)
c.close()
