# Cancelling tasks: CancelledError inside the coroutine, messages, catching it, cancelling().
import asyncio


async def sleeper(name, log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise
    finally:
        log.append(f"{name} finally")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "ignored the cancel"


async def main():
    log = []
    t = asyncio.create_task(sleeper("t", log))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelling(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting raised CancelledError", e.args)
    print(t.cancelled(), t.done(), log)
    print(t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")

    log.clear()
    t = asyncio.create_task(sleeper("m", log))
    await asyncio.sleep(0)
    t.cancel("with a message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)
    print(log)

    # Cancelled before it ever ran: the coroutine never starts.
    log.clear()
    t = asyncio.create_task(sleeper("early", log))
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled(), log)

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled(), s.cancelling())
    print(s.uncancel(), s.uncancel())

    # Cancelling the task that awaits another cancels the inner wait, not the other task.
    inner = asyncio.create_task(asyncio.sleep(1, "inner result"))
    async def outer():
        return await inner
    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled too:", inner.cancelled())

    # A task can cancel itself.
    async def self_cancel():
        asyncio.current_task().cancel()
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("self-cancelled")
            raise
    try:
        await asyncio.create_task(self_cancel())
    except asyncio.CancelledError:
        print("propagated")

    # Cancelling the main task from a child.
    main_task = asyncio.current_task()
    async def killer():
        main_task.cancel("stop main")
    asyncio.create_task(killer())
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("main got", e.args, main_task.cancelling())
        main_task.uncancel()
    return "survived"


print(asyncio.run(main()))


async def cancelled_main():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)

try:
    asyncio.run(cancelled_main())
except asyncio.CancelledError:
    print("asyncio.run raised CancelledError")


# Leftover tasks are cancelled when asyncio.run ends.
async def leaves_work():
    async def forever():
        try:
            await asyncio.sleep(100)
        finally:
            print("leftover task cleaned up")
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    return "main done"

print(asyncio.run(leaves_work()))
