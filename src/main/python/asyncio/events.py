"""Handles, the event loop's abstract interface, policies and the current loop (written for
Taipan). Taipan runs one Python thread, so "the thread's loop" is module state here."""

from . import format_helpers

__all__ = ("AbstractEventLoopPolicy", "AbstractEventLoop", "AbstractServer", "Handle",
           "TimerHandle", "get_event_loop_policy", "set_event_loop_policy", "get_event_loop",
           "set_event_loop", "new_event_loop", "get_child_watcher", "set_child_watcher",
           "_set_running_loop", "get_running_loop", "_get_running_loop")


class Handle:
    """A callback registered with a loop (what call_soon returns)."""

    __slots__ = ("_callback", "_args", "_cancelled", "_loop", "_repr", "__weakref__",
                 "_context")

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        self._context = context

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append("cancelled")
        if self._callback is not None:
            info.append(format_helpers._format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return "<{}>".format(" ".join(self._repr_info()))

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = format_helpers._format_callback_source(self._callback, self._args)
            self._loop.call_exception_handler({
                "message": f"Exception in callback {cb}",
                "exception": exc,
                "handle": self,
            })
        self = None  # drop the reference to a possible exception's traceback


class TimerHandle(Handle):
    """A callback scheduled for a point in the loop's time (what call_later/call_at return)."""

    __slots__ = ("_scheduled", "_when")

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f"when={self._when}")
        return info

    def __hash__(self):
        return hash(self._when)

    # Ordered by their time only, like CPython's, so the heap keeps CPython's order for ties.
    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback
                    and self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractServer:
    """Servers are not available in Taipan (no sockets)."""


def _missing(what):
    raise NotImplementedError(f"{what} is not available in Taipan's asyncio")


class AbstractEventLoop:
    """The interface of an event loop."""

    def run_forever(self):
        raise NotImplementedError

    def run_until_complete(self, future):
        raise NotImplementedError

    def stop(self):
        raise NotImplementedError

    def is_running(self):
        raise NotImplementedError

    def is_closed(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    async def shutdown_asyncgens(self):
        raise NotImplementedError

    async def shutdown_default_executor(self):
        raise NotImplementedError

    def call_soon(self, callback, *args, context=None):
        raise NotImplementedError

    def call_later(self, delay, callback, *args, context=None):
        raise NotImplementedError

    def call_at(self, when, callback, *args, context=None):
        raise NotImplementedError

    def time(self):
        raise NotImplementedError

    def create_future(self):
        raise NotImplementedError

    def create_task(self, coro, *, name=None, context=None):
        raise NotImplementedError

    def call_soon_threadsafe(self, callback, *args, context=None):
        raise NotImplementedError

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError

    def set_exception_handler(self, handler):
        raise NotImplementedError

    def get_exception_handler(self):
        raise NotImplementedError

    def default_exception_handler(self, context):
        raise NotImplementedError

    def call_exception_handler(self, context):
        raise NotImplementedError

    def get_debug(self):
        raise NotImplementedError

    def set_debug(self, enabled):
        raise NotImplementedError


class AbstractEventLoopPolicy:
    """Decides which loop get_event_loop() returns and how new loops are made."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One loop for the (only) thread, made on the first get_event_loop() unless one was set."""

    _loop_factory = None

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, "
                            f"not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return self._loop_factory()

    def get_child_watcher(self):
        _missing("child watchers (subprocesses)")

    def set_child_watcher(self, watcher):
        _missing("child watchers (subprocesses)")


_event_loop_policy = None
_running_loop = None


def _get_running_loop():
    """The running loop, or None (no error)."""
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    """Return the running event loop; RuntimeError when there is none."""
    loop = _running_loop
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def _init_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        from . import unix_events
        _event_loop_policy = unix_events.DefaultEventLoopPolicy()


def get_event_loop_policy():
    if _event_loop_policy is None:
        _init_event_loop_policy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """The running loop inside a coroutine or callback, else the policy's current loop."""
    loop = _running_loop
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


def get_child_watcher():
    return get_event_loop_policy().get_child_watcher()


def set_child_watcher(watcher):
    return get_event_loop_policy().set_child_watcher(watcher)
