# asyncio.wait, as_completed and shield.
import asyncio


async def value(v, delay):
    await asyncio.sleep(delay)
    return v


async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError("failed")


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    a = asyncio.create_task(value("a", 0.01), name="a")
    b = asyncio.create_task(value("b", 1), name="b")
    done, pending = await asyncio.wait({a, b}, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))
    b.cancel()
    done, pending = await asyncio.wait([a, b])
    print(names(done), names(pending), b.cancelled())

    c = asyncio.create_task(value("c", 1), name="c")
    d = asyncio.create_task(fail(0.01), name="d")
    e = asyncio.create_task(value("e", 0), name="e")
    done, pending = await asyncio.wait([c, d, e], return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending), repr(d.exception()))
    done, pending = await asyncio.wait([c], timeout=0.01)
    print(names(done), names(pending))
    c.cancel()
    await asyncio.wait([c])
    print(c.cancelled())
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

    for bad in ([], ):
        try:
            await asyncio.wait(bad)
        except ValueError as err:
            print("ValueError:", err)
    try:
        await asyncio.wait([a], return_when="SOMETIMES")
    except ValueError as err:
        print("ValueError:", err)
    try:
        await asyncio.wait(a)
    except TypeError as err:
        print("TypeError:", err)

    # as_completed gives results in completion order.
    loop = asyncio.get_running_loop()
    now = loop.time()
    futs = []
    for name, delay in (("slow", 0.03), ("fast", 0.01), ("now", 0)):
        f = loop.create_future()
        loop.call_at(now + delay, f.set_result, name)
        futs.append(f)
    for next_done in asyncio.as_completed(futs):
        print("as_completed:", await next_done)
    try:
        for next_done in asyncio.as_completed([value("never", 1)], timeout=0.01):
            await next_done
    except asyncio.TimeoutError:
        print("as_completed timed out")
    try:
        for x in asyncio.as_completed(a):
            pass
    except TypeError as err:
        print("TypeError:", err)

    # shield: cancelling the outer await leaves the inner task running.
    release = asyncio.Event()
    async def guarded():
        await release.wait()
        return "shielded result"
    inner = asyncio.create_task(guarded())
    async def waits_shielded():
        return await asyncio.shield(inner)
    outer = asyncio.create_task(waits_shielded())
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner done?", inner.done())
    release.set()
    print(await inner, inner.cancelled())
    print(await asyncio.shield(value("direct", 0)))
    f = asyncio.get_running_loop().create_future()
    f.set_result(5)
    print(asyncio.shield(f) is f)

    # The shielded task fails: the exception reaches the awaiter.
    try:
        await asyncio.shield(fail(0))
    except ValueError as err:
        print("shield passed on", err)


asyncio.run(main())
