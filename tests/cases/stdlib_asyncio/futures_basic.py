# asyncio.Future: states, results, exceptions, callbacks, and awaiting it.
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
print(type(f), repr(f), f.done(), f.cancelled())
for meth in (f.result, f.exception):
    try:
        meth()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
print(asyncio.isfuture(f), asyncio.isfuture(1), f.get_loop() is loop)

calls = []
def cb(fut):
    calls.append(("cb", fut.result()))
f.add_done_callback(cb)
f.add_done_callback(lambda fut: calls.append("lambda"))
f.add_done_callback(cb)
print(f.remove_done_callback(cb))
f.add_done_callback(cb)
f.set_result(42)
print(repr(f), f.done(), f.result(), f.exception())
print(calls)
loop.run_until_complete(asyncio.sleep(0))
print(calls)
for bad in (lambda: f.set_result(1), lambda: f.set_exception(ValueError()), lambda: f.cancel()):
    try:
        print(bad())
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

# A callback added to a done future is scheduled, not called at once.
late = []
f.add_done_callback(lambda fut: late.append(fut.result()))
print(late)
loop.run_until_complete(asyncio.sleep(0))
print(late)

g = loop.create_future()
g.set_exception(ValueError("bad"))
print(repr(g))
print(repr(g.exception()))
try:
    g.result()
except ValueError as e:
    print("raised", repr(e))

h = loop.create_future()
h.set_exception(KeyError)
print(repr(h.exception()))
try:
    loop.create_future().set_exception(StopIteration())
except TypeError as e:
    print("TypeError:", e)

c = loop.create_future()
print(c.cancel("reason"), c.cancel(), c.cancelled(), c.done(), repr(c))
try:
    c.result()
except asyncio.CancelledError as e:
    print("CancelledError", e.args)
try:
    c.exception()
except asyncio.CancelledError as e:
    print("CancelledError", e.args)
print(issubclass(asyncio.CancelledError, BaseException),
      issubclass(asyncio.CancelledError, Exception))


async def waiter(fut):
    print("waiting")
    value = await fut
    print("got", value)
    return value * 2

w = loop.create_future()
loop.call_later(0.01, w.set_result, 21)
print(loop.run_until_complete(waiter(w)))

e = loop.create_future()
loop.call_soon(e.set_exception, RuntimeError("failed"))
try:
    loop.run_until_complete(waiter(e))
except RuntimeError as exc:
    print("RuntimeError:", exc)

# What a pending future's __await__ yields is the future itself.
pending = loop.create_future()
it = pending.__await__()
print(next(it) is pending, pending._asyncio_future_blocking)
pending.set_result("after")
try:
    next(it)
except StopIteration as stop:
    print("StopIteration", stop.value)

fut2 = asyncio.Future(loop=loop)
print(fut2.get_loop() is loop)
print(asyncio.Future[int])
loop.close()
