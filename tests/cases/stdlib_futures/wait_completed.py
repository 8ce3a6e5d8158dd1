# wait() with each return condition and timeouts; as_completed() with its timeout message.
import threading
from concurrent.futures import (Future, ThreadPoolExecutor, wait, as_completed,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
from concurrent.futures._base import DoneAndNotDoneFutures

a, b, c = Future(), Future(), Future()
res = wait([a, b, c], timeout=0.02)
print(type(res).__name__, len(res.done), len(res.not_done), res._fields)
a.set_result(1)
res = wait([a, b, c], timeout=0.02, return_when=FIRST_COMPLETED)
print(res.done == {a}, res.not_done == {b, c})
res = wait([a, b, c], timeout=0.02, return_when=FIRST_EXCEPTION)
print(res.done == {a}, len(res.not_done))
b.set_exception(ValueError())
res = wait([a, b, c], timeout=5, return_when=FIRST_EXCEPTION)
print(res.done == {a, b}, res.not_done == {c})
c.cancel()
res = wait([a, b, c], timeout=0.02)
print(len(res.done), len(res.not_done))
c.set_running_or_notify_cancel()
res = wait([a, b, c])
print(len(res.done), len(res.not_done))
print(wait([]))
try:
    wait([Future()], return_when='SOMETIMES')
except ValueError as e:
    print('ValueError', e)
print(wait([a], return_when='SOMETIMES').done == {a})

# Futures completed by other threads wake the waiters.
ex = ThreadPoolExecutor(3)
gates = [threading.Event() for _ in range(3)]
futs = [ex.submit(g.wait, 5) for g in gates]
gates[1].set()
res = wait(futs, return_when=FIRST_COMPLETED)
print(futs[1] in res.done, len(res.not_done) >= 1)
gates[0].set()
gates[2].set()
res = wait(futs, return_when=ALL_COMPLETED)
print(len(res.done), len(res.not_done))

err_gate = threading.Event()


def fail_later():
    err_gate.wait(5)
    raise KeyError('bad')


slow = threading.Event()
futs = [ex.submit(fail_later), ex.submit(slow.wait, 5)]
err_gate.set()
res = wait(futs, return_when=FIRST_EXCEPTION)
print(futs[0] in res.done, futs[1] in res.not_done)
slow.set()

# as_completed: finished futures first, each future once, then in completion order.
d1, d2 = Future(), Future()
d1.set_result('d1')
order = []
gate = threading.Event()
p = ex.submit(lambda: gate.wait(5) and 'p')
for f in as_completed([d1, d1, p, d2, d2] if False else [d1, d1, p]):
    order.append(f.result() if f is d1 else 'pending')
    gate.set()
print(order)

pending = [Future() for _ in range(3)]
pending[0].set_result(0)
got = []
try:
    for f in as_completed(pending + [pending[1]], timeout=0.05):
        got.append(f.result())
except TimeoutError as e:
    print('TimeoutError', e, got)
try:
    next(as_completed([Future()], timeout=0))
except TimeoutError as e:
    print('TimeoutError', e)
print(list(as_completed([])))
ex.shutdown()
