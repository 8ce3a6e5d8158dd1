class Tick:
    def __await__(self):
        yield


async def fetch(name, ticks):
    for _ in range(ticks):
        await Tick()
    return f"{name}:{ticks}"


def gather(*coros):
    pending = list(coros)
    results = [None] * len(coros)
    order = []
    while any(c is not None for c in pending):
        for i, c in enumerate(pending):
            if c is None:
                continue
            try:
                c.send(None)
            except StopIteration as e:
                results[i] = e.value
                order.append(i)
                pending[i] = None
    return results, order


print(gather(fetch("a", 3), fetch("b", 1), fetch("c", 2), fetch("d", 0)))
