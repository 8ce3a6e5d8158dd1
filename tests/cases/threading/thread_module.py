# _thread: starting threads, locks, RLock, errors, constants.
import _thread
import sys

print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX, type(_thread.get_ident()).__name__)
print(type(_thread.get_native_id()).__name__, _thread.get_native_id() > 0)
print(_thread.LockType.__name__, _thread.LockType.__module__, _thread.RLock.__module__)
print(sorted(n for n in dir(_thread.LockType) if not n.startswith('__') and n != '_at_fork_reinit'))
print(sorted(n for n in dir(_thread.RLock) if not n.startswith('__') and n != '_at_fork_reinit'))


def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except BaseException as e:
        print(type(e).__name__ + ':', e)


# Starting threads, with positional and keyword arguments; the main thread waits on a lock.
done = _thread.allocate_lock()
done.acquire()
seen = []


def worker(a, b, *, c=0):
    seen.append((a, b, c, _thread.get_ident() != main_ident))
    done.release()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(worker, (1, 2), {'c': 3})
print(type(ident).__name__, done.acquire(timeout=20), seen)
_thread.start_new(worker, ('x', 'y'))
print(done.acquire(timeout=20), seen[1])

attempt(_thread.start_new_thread, 1, ())
attempt(_thread.start_new_thread, print, [])
attempt(_thread.start_new_thread, print, (), [])
attempt(_thread.start_new_thread, print)

# Locks
lock = _thread.allocate_lock()
print(repr(lock).startswith('<unlocked _thread.lock object at 0x'), lock.locked())
print(lock.acquire(), lock.locked(), repr(lock).startswith('<locked _thread.lock object'))
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0), lock.acquire(True, 0.01))
lock.release()
attempt(lock.release)
attempt(lock.acquire, False, 1)
attempt(lock.acquire, True, -2)
attempt(lock.acquire, True, -0.5)
attempt(lock.acquire, timeout=float('nan'))
attempt(lock.acquire, timeout=1e10)
attempt(lock.acquire, 'yes')
attempt(lock.acquire, 1.5)
attempt(lock.acquire, True, 'soon')
print(lock.acquire(timeout=-1), lock.acquire_lock(0), lock.locked_lock())
lock.release_lock()
with lock:
    print('in with', lock.locked())
print('after with', lock.locked())
print(lock.__enter__(), lock.__exit__(None, None, None), lock.locked())
attempt(_thread.LockType)
try:
    class MyLock(_thread.LockType):
        pass
except TypeError as e:
    print('TypeError:', e)

# RLock
r = _thread.RLock()
print(repr(r).startswith('<unlocked _thread.RLock object owner=0 count=0 at 0x'))
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
print(repr(r).startswith('<locked _thread.RLock object owner=%d count=2 at' % main_ident))
state = r._release_save()
print(state == (2, main_ident), r._is_owned(), r._recursion_count())
attempt(r._release_save)
attempt(r.release)
r._acquire_restore(state)
print(r._recursion_count())
r.release()
r.release()
attempt(r.release)
attempt(r._acquire_restore, 3)
attempt(r.acquire, False, 1)
with r:
    with r:
        print('nested', r._recursion_count())


class MyRLock(_thread.RLock):
    pass


m = MyRLock()
print(repr(m).startswith('<unlocked MyRLock object owner=0'), isinstance(m, _thread.RLock))

# An RLock owned by another thread cannot be taken or released here.
other = _thread.RLock()
holding = _thread.allocate_lock()
holding.acquire()
finish = _thread.allocate_lock()
finish.acquire()


def hold():
    other.acquire()
    holding.release()
    finish.acquire(timeout=20)
    other.release()
    holding.release()


_thread.start_new_thread(hold, ())
holding.acquire(timeout=20)
print(other.acquire(False), other.acquire(timeout=0.01), other._is_owned())
attempt(other.release)
finish.release()
holding.acquire(timeout=20)
print(other.acquire(timeout=20), other._is_owned())
other.release()

# stack_size
print(_thread.stack_size())
attempt(_thread.stack_size, 100)
print(_thread.stack_size(1 << 20), _thread.stack_size(0), _thread.stack_size())

# exit in a thread ends it quietly
def leave():
    holding.release()
    _thread.exit()
    print('not reached')


_thread.start_new_thread(leave, ())
print(holding.acquire(timeout=20))
attempt(_thread.exit)
attempt(_thread.interrupt_main, 0)
