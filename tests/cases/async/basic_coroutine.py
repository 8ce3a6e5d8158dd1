async def add(a, b):
    return a + b


async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y


coro = main()
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)


def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value


print(run(add("a", "b")), run(main()))
