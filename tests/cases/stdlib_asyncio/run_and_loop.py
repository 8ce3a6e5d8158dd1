# asyncio.run, the event loop's scheduling methods, and the current-loop functions.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


print(asyncio.run(add(2, 3)))

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)

# After run() the policy's loop was reset to None.
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.is_running(), loop.is_closed())

order = []
loop.call_soon(order.append, "soon-1")
h = loop.call_soon(order.append, "cancelled")
loop.call_soon(order.append, "soon-2")
h.cancel()
print(h.cancelled())
# Deadlines from one reading of the clock, so their order does not depend on the machine's speed.
now = loop.time()
loop.call_at(now + 0.02, order.append, "at-0.02")
loop.call_at(now + 0.01, order.append, "at-0.01")
t = loop.call_at(now + 0.03, order.append, "at-0.03")
print(type(t).__name__, t.when() == now + 0.03)
loop.call_at(now + 0.04, loop.stop)
later = loop.call_later(0.01, order.append, "never")
print(type(later).__name__, later.when() >= now + 0.01)
later.cancel()
loop.run_forever()
print(order)

# stop() before run_forever: one iteration runs, then the loop stops.
seen = []
def chain(n):
    seen.append(n)
    if n < 5:
        loop.call_soon(chain, n + 1)
loop.call_soon(chain, 0)
loop.stop()
loop.run_forever()
print(seen)
loop.call_soon(loop.stop)
loop.run_forever()
print(seen)

print(loop.run_until_complete(add(10, 20)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "from callback")
print(loop.run_until_complete(fut))


async def inside():
    running = asyncio.get_running_loop()
    print("running is loop:", running is loop, asyncio.get_event_loop() is loop)
    print(running.is_running())
    try:
        asyncio.run(add(1, 1))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        running.run_until_complete(running.create_future())
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        running.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    other = asyncio.new_event_loop()
    try:
        other.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    other.close()
    return "inside done"

coro = inside()
print(loop.run_until_complete(coro))

loop.set_debug(True)
print(loop.get_debug())
try:
    loop.call_soon(42)
except TypeError as e:
    print("TypeError:", e)
try:
    loop.call_soon(add)
except TypeError as e:
    print("TypeError:", e)
loop.set_debug(False)
try:
    loop.create_task(42)
except TypeError as e:
    print("TypeError:", e)

loop.close()
loop.close()
print(loop.is_closed())
for call in (lambda: loop.call_soon(print), lambda: loop.run_forever(),
             lambda: loop.call_later(1, print)):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.set_event_loop(None)

# A loop's time() is monotonic and in seconds.
loop = asyncio.new_event_loop()
t0 = loop.time()
loop.run_until_complete(asyncio.sleep(0.02))
print(loop.time() - t0 >= 0.019)
loop.close()
