# wait_for and asyncio.timeout: TimeoutError (the builtin one in 3.11), cancelling the inner
# awaitable, results that arrive in time, nested timeouts.
import asyncio

print(asyncio.TimeoutError is TimeoutError)


async def slow(log, delay=1, result="slow result"):
    try:
        await asyncio.sleep(delay)
        return result
    except asyncio.CancelledError:
        log.append("inner cancelled")
        raise


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "kept going"


async def main():
    log = []
    print(await asyncio.wait_for(slow(log, 0.01), 0.5))
    print(await asyncio.wait_for(slow(log, 0.01), None))
    try:
        await asyncio.wait_for(slow(log), 0.01)
    except asyncio.TimeoutError as e:
        print("timeout:", type(e).__name__, type(e.__cause__).__name__, log)
    log.clear()
    try:
        await asyncio.wait_for(slow(log), 0)
    except TimeoutError:
        print("zero timeout", log)
    print(await asyncio.wait_for(stubborn(), 0.01))

    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("already")
    print(await asyncio.wait_for(done, 0))

    # asyncio.timeout
    log.clear()
    try:
        async with asyncio.timeout(0.01) as cm:
            print(cm.expired(), cm.when() is not None)
            await slow(log)
    except TimeoutError as e:
        print("timeout block:", type(e.__cause__).__name__, cm.expired(), log)
    print(repr(cm))

    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.01)
    print("in time", cm.expired(), repr(cm))

    async with asyncio.timeout(None) as cm:
        print(repr(cm))
        cm.reschedule(loop.time() + 0.5)
        await asyncio.sleep(0)
    print(cm.expired())

    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            try:
                await asyncio.sleep(1)
            finally:
                print("cleanup inside timeout")
    except TimeoutError:
        print("timeout_at expired")

    # Nested: the inner one expires first and is the one that raises.
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout")
            await asyncio.sleep(0)
            print("outer continues")
    except TimeoutError:
        print("outer timeout (wrong)")

    # An exception other than the cancellation passes through unchanged.
    try:
        async with asyncio.timeout(1):
            raise KeyError("passes")
    except KeyError as e:
        print("KeyError", e)

    # Cancelled from outside: CancelledError, not TimeoutError.
    async def guarded():
        async with asyncio.timeout(1):
            await asyncio.sleep(1)
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outside cancel stays CancelledError")

    tm = asyncio.timeout(1)
    print(repr(tm))
    try:
        tm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())

try:
    asyncio.timeout(1)
except RuntimeError as e:
    print("RuntimeError:", e)


async def no_task():
    async with asyncio.timeout(1):
        pass

loop = asyncio.new_event_loop()
coro = no_task()
try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
loop.close()
