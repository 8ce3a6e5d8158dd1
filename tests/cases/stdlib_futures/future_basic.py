# Future's states, results, callbacks and reprs (addresses hidden).
import re
import sys
import concurrent.futures as cf
from concurrent.futures import Future, CancelledError, InvalidStateError


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))


print(CancelledError.__mro__[1].__name__, CancelledError.__module__)
print(issubclass(InvalidStateError, cf._base.Error), cf.TimeoutError is TimeoutError)
print(issubclass(cf.BrokenExecutor, RuntimeError))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(sorted(cf.__all__))

f = Future()
print(r(f), f.done(), f.running(), f.cancelled())
try:
    f.result(timeout=0.01)
except TimeoutError as e:
    print('timeout', type(e).__name__, e.args)
try:
    f.exception(timeout=0)
except TimeoutError:
    print('exception timeout')
print(f.set_running_or_notify_cancel(), r(f), f.running(), f.cancel())
f.set_result([1, 2])
print(r(f), f.result(), f.exception(), f.done(), f.running())
try:
    f.set_result(3)
except InvalidStateError as e:
    print('InvalidStateError', re.sub(r'0x[0-9a-f]+', '0x?', str(e)))
try:
    f.set_exception(ValueError())
except InvalidStateError as e:
    print('InvalidStateError', re.sub(r'0x[0-9a-f]+', '0x?', str(e)))
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print('RuntimeError', e)

g = Future()
g.set_exception(KeyError('k'))
print(r(g), repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print('raised', repr(e), e is g.exception())

c = Future()
print(c.cancel(), c.cancel(), c.cancelled(), c.done(), r(c))
try:
    c.result()
except CancelledError as e:
    print('CancelledError', e.args)
try:
    c.exception()
except CancelledError:
    print('CancelledError from exception()')
print(c.set_running_or_notify_cancel(), r(c), c.cancelled())
try:
    c.set_result(1)
except InvalidStateError as e:
    print('InvalidStateError', re.sub(r'0x[0-9a-f]+', '0x?', str(e)))

# Callbacks: in order, at once on a done future, errors reported on stderr and skipped.
seen = []
h = Future()
h.add_done_callback(lambda fut: seen.append(('first', fut.result())))


def bad(fut):
    raise ValueError('callback failed')


h.add_done_callback(bad)
h.add_done_callback(lambda fut: seen.append(('third', fut.result())))
print(seen)
h.set_result('v')
print(seen)
h.add_done_callback(lambda fut: seen.append(('late', fut.done())))
h.add_done_callback(bad)
print(seen)
k = Future()
k.add_done_callback(lambda fut: seen.append(('cancelled', fut.cancelled())))
k.cancel()
print(seen[-1])
print(Future[int])

# A subclass keeps its name in the repr.
class MyFuture(Future):
    pass


m = MyFuture()
m.set_result(None)
print(r(m))
sys.stderr.flush()
