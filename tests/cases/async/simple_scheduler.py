class Yield:
    def __await__(self):
        yield


async def worker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await Yield()
    return name * n


def run_all(coros):
    results = {}
    ready = list(enumerate(coros))
    while ready:
        idx, c = ready.pop(0)
        try:
            c.send(None)
            ready.append((idx, c))
        except StopIteration as e:
            results[idx] = e.value
    return [results[i] for i in range(len(coros))]


log = []
print(run_all([worker("a", 3, log), worker("b", 1, log), worker("c", 2, log)]))
print(log)
