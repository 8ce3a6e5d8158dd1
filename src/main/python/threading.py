"""Threads and the objects they synchronise with, Taipan's own implementation of CPython 3.11's
`threading` API on top of `_thread` (written in Java).

Python code runs in one thread at a time (the GIL, see docs/VM.md); a thread that waits for a
lock, sleeps or joins another lets the others run. Every Thread holds a "state lock" from
`_thread._set_sentinel()`, which the runtime releases once the thread has finished running
Python code: joining a thread is waiting for that lock.
"""

import sys as _sys
import _thread
from itertools import count as _count
from collections import deque as _deque
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs', 'setprofile',
           'settrace', 'local', 'stack_size', 'excepthook', 'get_native_id', 'getprofile',
           'gettrace']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
_HAVE_THREAD_NATIVE_ID = True
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.allocate_lock
_CRLock = _thread.RLock
local = _thread._local
ExceptHookArgs = _thread._ExceptHookArgs
stack_size = _thread.stack_size

_profile_hook = None
_trace_hook = None


def _deprecated(old, new):
    import warnings
    warnings.warn(f'{old} is deprecated, {new} instead', DeprecationWarning, stacklevel=3)


def setprofile(func):
    """Sets the profile function of every thread started from now on."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def settrace(func):
    """Sets the trace function of every thread started from now on."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def RLock(*args, **kwargs):
    """A new reentrant lock: the thread holding it may acquire it again."""
    return _CRLock(*args, **kwargs)


# ---- Condition, Semaphore, Event, Barrier

class Condition:
    """Lets threads wait until another one notifies them, all holding one lock.

    Each waiter sleeps on a lock of its own that it took before waiting; notify releases
    the waiters' locks in the order they started waiting.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # An RLock knows how to let go of all its levels at once and who owns it.
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = _deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._waiters)})>"

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock cannot say who holds it: held by someone counts as held by us.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        state = self._release_save()
        notified = False
        try:
            if timeout is None:
                notified = waiter.acquire()
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
        finally:
            self._acquire_restore(state)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    # notify() took it off the list as the wait timed out: the notification is ours.
                    notified = True
        return notified

    def wait_for(self, predicate, timeout=None):
        deadline = None
        result = predicate()
        while not result:
            wait = None
            if timeout is not None:
                if deadline is None:
                    deadline = _time() + timeout
                wait = deadline - _time()
                if wait <= 0:
                    break
            self.wait(wait)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        while self._waiters and n > 0:
            self._waiters.popleft().release()
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll()', 'use notify_all()')
        self.notify_all()


class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero, and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return (f"<{self.__class__.__module__}.{self.__class__.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                wait = None
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    wait = deadline - _time()
                    if wait <= 0:
                        return False
                self._cond.wait(wait)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return (f"<{self.__class__.__module__}.{self.__class__.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag that threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return (f"<{self.__class__.__module__}.{self.__class__.__qualname__} at {id(self):#x}:"
                f" {'set' if self._flag else 'unset'}>")

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet()', 'use is_set()')
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Makes `parties` threads wait until all of them have called wait(), then lets them go.

    A round fills (threads arrive) and then drains (they leave); threads arriving while one
    drains wait for the next round. reset() and abort() break the waiting threads' round.
    """

    _FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = self._FILLING
        self._count = 0

    def __repr__(self):
        name = f"{self.__class__.__module__}.{self.__class__.__qualname__}"
        if self.broken:
            return f"<{name} at {id(self):#x}: broken>"
        return f"<{name} at {id(self):#x}: waiters={self.n_waiting}/{self.parties}>"

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Wait for the previous round to drain (or to be reset).
            while self._state in (self._DRAINING, self._RESETTING):
                self._cond.wait()
            if self._state == self._BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if self._count == self._parties:
                    self._trip()
                else:
                    if not self._cond.wait_for(lambda: self._state != self._FILLING, timeout):
                        self._break()
                        raise BrokenBarrierError
                    if self._state != self._DRAINING:
                        raise BrokenBarrierError
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (self._DRAINING, self._RESETTING):
                    # The last one out opens the next round.
                    self._state = self._FILLING
                    self._cond.notify_all()

    def _trip(self):
        try:
            if self._action:
                self._action()
            self._state = self._DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _break(self):
        self._state = self._BROKEN
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == self._FILLING:
                    self._state = self._RESETTING
                elif self._state == self._BROKEN:
                    self._state = self._RESETTING
            else:
                self._state = self._FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == self._FILLING else 0

    @property
    def broken(self):
        return self._state == self._BROKEN


# ---- threads

_counter = _count(1).__next__


def _newname(template="Thread-%d"):
    return template % _counter()


# Threads being started (_limbo) and running (_active, by ident).
_active_limbo_lock = RLock()
_active = {}
_limbo = {}
# The state locks of the running threads that are not daemons: what _shutdown waits for.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()
_SHUTTING_DOWN = False
_threading_atexits = []


def _remove_shutdown_lock(lock):
    with _shutdown_locks_lock:
        _shutdown_locks.discard(lock)


class Thread:
    """A thread of control: start() runs run() (by default target(*args, **kwargs)) in it."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        """This constructor should always be called with keyword arguments.

        group must be None; target is what run() calls; name defaults to "Thread-N" (with the
        target's name); daemon defaults to the creating thread's.
        """
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{self.__class__.__name__}({self._name}, {status})>"

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Let go of what the target may keep alive.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            self._tstate_lock = _set_sentinel()
            self._tstate_lock.acquire()
            if not self._daemonic:
                with _shutdown_locks_lock:
                    # Threads that ended without being joined leave their (released) locks behind.
                    for lock in [lock for lock in _shutdown_locks if not lock.locked()]:
                        _shutdown_locks.discard(lock)
                    _shutdown_locks.add(self._tstate_lock)
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                _invoke_excepthook(self)
        finally:
            with _active_limbo_lock:
                _active.pop(get_ident(), None)

    def _stop(self):
        lock = self._tstate_lock
        if lock is not None and not self._daemonic:
            _remove_shutdown_lock(lock)
        self._is_stopped = True
        self._tstate_lock = None

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            return
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon()', 'get the daemon attribute')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon()', 'set the daemon attribute')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName()', 'get the name attribute')
        return self.name

    def setName(self, name):
        _deprecated('setName()', 'set the name attribute')
        self.name = name


excepthook = _thread._excepthook
__excepthook__ = excepthook


def _invoke_excepthook(thread):
    """Reports the exception being handled in `thread` through threading.excepthook."""
    exc_type, exc_value, exc_tb = _sys.exc_info()
    try:
        hook = excepthook if excepthook is not None else __excepthook__
        hook(ExceptHookArgs((exc_type, exc_value, exc_tb, thread)))
    except Exception as failed:
        failed.__suppress_context__ = True
        stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
        print("Exception in threading.excepthook:", file=stderr, flush=True)
        sys_hook = _sys.excepthook if _sys.excepthook is not None else _sys.__excepthook__
        sys_hook(*_sys.exc_info())
    finally:
        exc_type = exc_value = exc_tb = None


class Timer(Thread):
    """Calls function(*args, **kwargs) after `interval` seconds, unless cancel() came first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """A thread that `threading` did not start (by _thread.start_new_thread): always a daemon."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    """The Thread object of the calling thread (a dummy one if threading did not start it)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated('currentThread()', 'use current_thread()')
    return current_thread()


def active_count():
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    _deprecated('activeCount()', 'use active_count()')
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """The threads alive: started and not yet finished (the main thread and dummy ones included)."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    return _main_thread


def _register_atexit(func, *args, **kwargs):
    """Calls func(*args, **kwargs) at shutdown, before the threads are joined (concurrent.futures)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*args, **kwargs))


def _shutdown():
    """Called by the interpreter as the main program ends, before atexit: waits for every
    thread that is not a daemon."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    _main_thread._is_stopped = True
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


_main_thread = _MainThread()
