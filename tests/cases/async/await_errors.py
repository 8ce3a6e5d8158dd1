async def f():
    return 1


async def awaits_int():
    await 5


async def awaits_plain_generator():
    def gen():
        yield
    await gen()


class BadAwait:
    def __await__(self):
        return 5


async def awaits_bad():
    await BadAwait()


for c in (awaits_int(), awaits_plain_generator(), awaits_bad()):
    try:
        c.send(None)
    except TypeError as e:
        print(type(e).__name__, e)
coro = f()
try:
    for x in coro:
        pass
except TypeError as e:
    print(type(e).__name__, e)
coro.close()
