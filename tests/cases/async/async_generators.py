async def countdown(n):
    while n > 0:
        yield n
        n -= 1


async def squares(agen):
    async for x in agen:
        yield x * x


async def main():
    a = [x async for x in countdown(4)]
    b = [y async for y in squares(countdown(3)) if y > 1]
    total = 0
    async for v in countdown(5):
        total += v
    return a, b, total


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(main()))
ag = countdown(2)
print(type(ag).__name__)
step = ag.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print("first value", e.value)
