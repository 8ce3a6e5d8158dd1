"""asyncio.Future (written for Taipan)."""

import reprlib

from . import events
from . import exceptions
from . import format_helpers

__all__ = ("Future", "wrap_future", "isfuture")

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


def isfuture(obj):
    """True for objects that behave as asyncio futures (duck-typed, as asyncio's own test)."""
    return (hasattr(obj.__class__, "_asyncio_future_blocking")
            and obj._asyncio_future_blocking is not None)


def _format_callbacks(cbs):
    def name(cb):
        return format_helpers._format_callback_source(cb, ())

    n = len(cbs)
    if n == 0:
        return ""
    if n == 1:
        text = name(cbs[0])
    elif n == 2:
        text = f"{name(cbs[0])}, {name(cbs[1])}"
    else:
        text = f"{name(cbs[0])}, <{n - 2} more>, {name(cbs[-1])}"
    return f"cb=[{text}]"


class Future:
    """A result that will be available later; awaiting it suspends until it is set."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _log_traceback = False
    # True while a coroutine awaiting this future is suspended on it (the Task reads it).
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        if loop is None:
            loop = events.get_event_loop()
        self._loop = loop
        self._callbacks = []

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f"exception={self._exception!r}")
            else:
                info.append(f"result={reprlib.repr(self._result)}")
        if self._callbacks:
            info.append(_format_callbacks([cb for cb, _ in self._callbacks]))
        return info

    def __repr__(self):
        return "<{} {}>".format(type(self).__name__, " ".join(self._repr_info()))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancel the future and schedule its callbacks; False if it was already done."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError("Result is not set.")
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError("Exception is not set.")
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) (through the loop) once the future is done."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Remove every registration of fn; return how many there were."""
        kept = [(f, ctx) for f, ctx in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self.__schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self  # the Task running us waits for this future
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


Future.__module__ = "_asyncio"


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    raise NotImplementedError("wrap_future: concurrent.futures is not available in Taipan")
