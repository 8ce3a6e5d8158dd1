# asyncio.TaskGroup (3.11): waiting for all tasks, failures gathered in an ExceptionGroup.
import asyncio


async def job(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def boom(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("one", 0.05, log))
        t2 = tg.create_task(job("two", 0.01, log), name="second")
        print(t2.get_name())
    print(log, t1.result(), t2.result())

    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("slow", 1, log))
            tg.create_task(boom(0, ValueError("bad value")))
            tg.create_task(boom(0, TypeError("bad type")))
            await asyncio.sleep(1)
            log.append("body not cancelled (wrong)")
    except* ValueError as eg:
        print("ValueError group:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeError group:", [str(e) for e in eg.exceptions])
    print(log)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(0, KeyError("k")))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, repr(eg.exceptions))

    # An error in the body cancels the tasks and joins the group.
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("victim", 1, log))
            await asyncio.sleep(0)
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print(repr(eg.exceptions), log)

    # Tasks added while the group is waiting are waited for too.
    log.clear()
    async with asyncio.TaskGroup() as tg:
        async def spawner():
            await asyncio.sleep(0.005)
            tg.create_task(job("spawned", 0.005, log))
        tg.create_task(spawner())
    print(log)

    tg = asyncio.TaskGroup()
    coro = job("x", 0, log)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    async with tg:
        pass
    coro = job("y", 0, log)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    # Cancelling the task that runs the group cancels its tasks and propagates.
    log.clear()
    async def runs_group():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("member", 1, log))
            await asyncio.sleep(1)
    t = asyncio.create_task(runs_group())
    await asyncio.sleep(0.005)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("group task cancelled", log)

    # SystemExit and KeyboardInterrupt are not grouped: they leave the event loop at once
    # and end the program with the exit status (3).
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(0, SystemExit(3)))
            tg.create_task(boom(0.01, ValueError("also")))
    except SystemExit as e:
        print("SystemExit", e.code)


asyncio.run(main())
