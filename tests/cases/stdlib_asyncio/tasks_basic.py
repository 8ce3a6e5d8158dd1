# Tasks: scheduling order, names, results, exceptions, current_task and all_tasks.
import asyncio

log = []


async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name.upper()


async def failing():
    await asyncio.sleep(0)
    raise ValueError("task failed")


async def main():
    me = asyncio.current_task()
    print(me.get_name(), type(me), isinstance(me, asyncio.Future))
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2), name="bee")
    t3 = asyncio.ensure_future(worker("c", 1))
    print(t1.get_name(), t2.get_name(), t3.get_name())
    t2.set_name("renamed")
    print(t2.get_name(), t1.done())
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await t1, await t2, await t3)
    print(log)
    print(t1.done(), t1.result(), t1.exception(), t1.cancelled())
    print(sorted(t.get_name() for t in asyncio.all_tasks()))

    bad = asyncio.create_task(failing())
    try:
        await bad
    except ValueError as e:
        print("ValueError:", e)
    print(bad.done(), repr(bad.exception()))

    for meth in (bad.set_result, bad.set_exception):
        try:
            meth(1)
        except RuntimeError as e:
            print("RuntimeError:", e)

    async def who():
        return asyncio.current_task().get_name()
    print(await asyncio.create_task(who(), name="whoami"))
    print(asyncio.current_task() is me)

    # A task awaiting itself.
    async def self_await():
        await asyncio.current_task()
    try:
        await asyncio.create_task(self_await())
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])

    # Bad yields inside a task.
    class BadAwaitable:
        def __await__(self):
            yield 42
    async def bad_yield():
        await BadAwaitable()
    try:
        await asyncio.create_task(bad_yield())
    except RuntimeError as e:
        print("RuntimeError:", e)

    print(asyncio.iscoroutine(worker("x", 0)), asyncio.iscoroutine(worker))
    print(asyncio.iscoroutinefunction(worker), asyncio.iscoroutinefunction(print),
          asyncio.iscoroutinefunction(lambda: 1))

    try:
        asyncio.create_task(worker)
    except TypeError as e:
        print("TypeError:", str(e).split(" got")[0])

    # Done callbacks of a task run after it finishes.
    t = asyncio.create_task(worker("d", 1))
    t.add_done_callback(lambda task: print("done callback:", task.result()))
    await t
    await asyncio.sleep(0)
    print(t.get_coro().__name__)
    return "main result"


print(asyncio.run(main()))
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)


async def boom():
    raise KeyError("from main")

try:
    asyncio.run(boom())
except KeyError as e:
    print("KeyError:", e)
