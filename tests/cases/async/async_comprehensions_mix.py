class Tick:
    def __await__(self):
        yield


async def double(x):
    await Tick()
    return x * 2


async def arange(n):
    for i in range(n):
        await Tick()
        yield i


async def main():
    a = [await double(i) for i in range(3)]
    b = {i: await double(i) async for i in arange(3)}
    c = [x for x in [await double(5)]]
    return a, b, c


def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps


print(run(main()))
