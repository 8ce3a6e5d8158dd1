async def compute(n):
    total = 0
    for i in range(n):
        total += i
    return total


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


results = [run(compute(n)) for n in (0, 1, 10, 100)]
print(results)


async def recursive(n):
    if n == 0:
        return 0
    return n + await recursive(n - 1)


print(run(recursive(50)))
