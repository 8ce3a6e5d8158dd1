async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("numbers finally")


async def take_two():
    out = []
    gen = numbers()
    async for n in gen:
        out.append(n)
        if len(out) == 2:
            break
    await gen.aclose()
    return out


c = take_two()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
