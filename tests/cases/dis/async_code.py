import dis


class Buffer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


def masked(text):
    # object addresses differ from run to run; the main script's file name is absolute in CPython
    parts = text.replace(__file__, __file__.split("/")[-1]).split(" at 0x")
    return parts[0] + "".join(" at 0x?" + p.lstrip("0123456789abcdef") for p in parts[1:])


def show(x, **kw):
    b = Buffer()
    dis.dis(x, file=b, **kw)
    print(masked("".join(b.parts)), end="")


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
