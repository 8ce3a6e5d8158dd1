# asyncio.gather: order of results, exceptions, return_exceptions, cancellation.
import asyncio


async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v


async def steps(v, n):
    for i in range(n):
        await asyncio.sleep(0)
    print("finished", v)
    return v


async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    print(await asyncio.gather(value(1, 0.03), value(2, 0.01), value(3)))
    print(await asyncio.gather(steps(1, 3), steps(2, 1), steps(3, 0)))
    print(await asyncio.gather())
    print(await asyncio.gather(value("x"), fail("boom"), return_exceptions=True))
    try:
        await asyncio.gather(steps("slow", 3), fail("first"))
    except ValueError as e:
        print("gather raised", e)
    await steps("other", 4)  # the other child still ran to its end

    # The same coroutine object is awaited once.
    c = steps("shared", 1)
    print(await asyncio.gather(c, c))

    # Futures and tasks mix with coroutines.
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, "future")
    t = asyncio.create_task(steps("task", 0))
    print(await asyncio.gather(f, t, steps("coro", 0)))

    # Cancelling the gather cancels its children.
    g = asyncio.gather(value("a", 1), value("b", 1))
    await asyncio.sleep(0)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")

    # A cancelled child with return_exceptions shows up as CancelledError.
    child = asyncio.create_task(value("c", 1))
    g = asyncio.gather(child, value("d"), return_exceptions=True)
    await asyncio.sleep(0)
    child.cancel()
    res = await g
    print([type(r).__name__ for r in res], res[1])

    # Without return_exceptions a cancelled child makes the gather raise CancelledError.
    child = asyncio.create_task(value("e", 1))
    g = asyncio.gather(child, value("f"))
    await asyncio.sleep(0)
    child.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("CancelledError from gather", g.cancelled())

    r = await asyncio.gather(*(value(i) for i in range(5)))
    print(r)
    print(type(asyncio.gather(value(0))).__name__)


asyncio.run(main())
