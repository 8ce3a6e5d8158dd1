# asyncio.Runner, exception handlers, sleep ordering, awaitables and misc helpers.
import asyncio


async def square(x):
    await asyncio.sleep(0)
    return x * x

with asyncio.Runner() as runner:
    print(runner.run(square(3)), runner.run(square(4)))
    loop = runner.get_loop()
    print(loop.is_closed(), asyncio.get_event_loop() is loop)
print(loop.is_closed())
try:
    runner.run(square(5))
except RuntimeError as e:
    print("RuntimeError:", e)

r = asyncio.Runner(debug=True)
print(r.get_loop().get_debug())
r.close()
r.close()

# The exception handler sees errors raised by callbacks.
seen = []
def handler(loop, context):
    seen.append((context["message"].split(" at ")[0], type(context.get("exception")).__name__))

loop = asyncio.new_event_loop()
print(loop.get_exception_handler())
loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
def bad_callback(x):
    raise ZeroDivisionError(x)
loop.call_soon(bad_callback, 1)
loop.call_soon(loop.stop)
loop.run_forever()
print(seen)
loop.call_exception_handler({"message": "custom"})
print(seen[-1])
try:
    loop.set_exception_handler(42)
except TypeError as e:
    print("TypeError:", e)
loop.close()

# Sleeps wake in order of their deadlines; sleep(0) yields once.
order = []
async def sleeper(name, when):
    # Wakes at an absolute loop time, so the order does not depend on the machine's speed.
    loop = asyncio.get_running_loop()
    await asyncio.sleep(when - loop.time())
    order.append(name)

async def yielder(name, times):
    for i in range(times):
        order.append(f"{name}{i}")
        await asyncio.sleep(0)

async def main():
    now = asyncio.get_running_loop().time()
    await asyncio.gather(sleeper("50ms", now + 0.05), sleeper("10ms", now + 0.01),
                         sleeper("30ms", now + 0.03))
    await asyncio.gather(yielder("p", 3), yielder("q", 2))
    t0 = asyncio.get_running_loop().time()
    await asyncio.sleep(0.02)
    print("slept at least 20ms:", asyncio.get_running_loop().time() - t0 >= 0.02)
    print(order)
    print(await asyncio.sleep(0.001, result="sleep result"))
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(-1, "negative"))

    # Any object with __await__ can be awaited, wrapped into a Task by ensure_future.
    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return "custom awaitable"
    print(await Awaitable())
    t = asyncio.ensure_future(Awaitable())
    print(type(t).__name__, await t)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

    loop = asyncio.get_running_loop()
    t = loop.create_task(square(7), name="sq")
    print(t.get_name(), await t)
    h = loop.call_later(10, print, "never")
    print(type(h).__name__, h.cancelled())
    h.cancel()
    print(h.cancelled())
    fut = loop.create_future()
    loop.call_soon(fut.set_result, None)
    print(await fut)

asyncio.run(main(), debug=False)

print(asyncio.iscoroutinefunction(square), asyncio.iscoroutinefunction(print))
c = square(2)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(iter([])))
c.close()
import functools
print(asyncio.iscoroutinefunction(functools.partial(square, 1)))

class Owner:
    async def method(self):
        return 1
print(asyncio.iscoroutinefunction(Owner().method), asyncio.iscoroutinefunction(Owner.method))
print(isinstance(asyncio.new_event_loop(), asyncio.AbstractEventLoop))
print(isinstance(asyncio.get_event_loop_policy(), asyncio.AbstractEventLoopPolicy))
