# ThreadPoolExecutor: submit, map, errors, shutdown, initializers, names.
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor, CancelledError, wait
from concurrent.futures.thread import BrokenThreadPool
import concurrent.futures as cf

print(ThreadPoolExecutor()._max_workers == min(32, os.cpu_count() + 4))
for bad in (0, -1):
    try:
        ThreadPoolExecutor(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    ThreadPoolExecutor(2, initializer=5)
except TypeError as e:
    print('TypeError', e)

with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    print(list(ex.map(str.upper, ['a', 'b'], timeout=10, chunksize=4)))
    futs = [ex.submit(lambda i=i: i * 10) for i in range(6)]
    print([f.result() for f in futs])
    f = ex.submit(divmod, 7, 2)
    print(f.result(timeout=5))
    f = ex.submit(int, 'x')
    print(type(f.exception()).__name__, f.exception())
    kw = ex.submit(sorted, [3, 1, 2], reverse=True)
    print(kw.result())
    it = ex.map(lambda x: 10 // x, [1, 2, 0, 4])
    print(next(it), next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print('map raised', e)

try:
    ex.submit(print, 'never')
except RuntimeError as e:
    print('RuntimeError', e)
ex.shutdown()           # again: nothing to do

# map with a timeout that expires.
ex = ThreadPoolExecutor(1)
gate = threading.Event()
it = ex.map(lambda x: gate.wait(), [1, 2])
try:
    list(ex.map(lambda x: gate.wait(5), [1], timeout=0.05))
except TimeoutError as e:
    print('map timeout', type(e).__name__)
gate.set()
print(list(it))
ex.shutdown(wait=True)

# shutdown(cancel_futures=True) cancels what has not started.
ex = ThreadPoolExecutor(1)
started = threading.Event()
release = threading.Event()


def blocker():
    started.set()
    release.wait(5)
    return 'ran'


first = ex.submit(blocker)
started.wait(5)
rest = [ex.submit(time.sleep, 0) for _ in range(3)]
print(first.running(), [f.cancelled() for f in rest])
ex.shutdown(wait=False, cancel_futures=True)
release.set()
ex.shutdown(wait=True)
print(first.result(), [f.cancelled() for f in rest])
try:
    rest[0].result()
except CancelledError:
    print('CancelledError')

# Names of the worker threads, and the initializer with its arguments.
names = set()
local = threading.local()


def init(tag, n):
    local.tag = '%s-%d' % (tag, n)


with ThreadPoolExecutor(1, thread_name_prefix='pool', initializer=init, initargs=('w', 7)) as ex:
    for _ in range(3):
        names.add(ex.submit(lambda: (threading.current_thread().name, local.tag)).result())
print(sorted(names))
with ThreadPoolExecutor(1) as ex:
    name = ex.submit(lambda: threading.current_thread().name).result()
print(name.startswith('ThreadPoolExecutor-'), name.endswith('_0'))


# An initializer that fails breaks the pool.
def failing_init():
    raise OSError('no')


ex = ThreadPoolExecutor(1, initializer=failing_init)
f = ex.submit(print, 'never printed')
try:
    f.result(timeout=5)
except BrokenThreadPool as e:
    print('BrokenThreadPool', e)
try:
    ex.submit(print, 'never')
except BrokenThreadPool as e:
    print('submit:', type(e).__name__, isinstance(e, cf.BrokenExecutor))
ex.shutdown()

# Work queued before shutdown(wait=False) still runs.
ex = ThreadPoolExecutor(2)
futs = [ex.submit(lambda i=i: i + 100) for i in range(5)]
ex.shutdown(wait=False)
print(sorted(f.result(timeout=5) for f in futs))
done, not_done = wait(futs, timeout=5)
print(len(done), len(not_done))
