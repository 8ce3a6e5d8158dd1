class Pause:
    def __await__(self):
        yield "paused"


async def fails():
    await Pause()
    raise ValueError("inside coroutine")


async def catches():
    try:
        await fails()
    except ValueError as e:
        return "caught: " + str(e)


def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return steps, e.value


print(run(catches()))
try:
    run(fails())
except ValueError as e:
    print("propagated", e)


async def handles_throw():
    try:
        await Pause()
    except KeyError as e:
        return "throw handled " + repr(e)


c = handles_throw()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
