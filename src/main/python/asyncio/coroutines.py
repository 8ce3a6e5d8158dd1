"""Telling coroutines and coroutine functions apart (written for Taipan)."""

import collections.abc
import types

__all__ = ("iscoroutinefunction", "iscoroutine")

_CO_COROUTINE = 0x80

# Marker that old-style decorated functions set; still honoured by iscoroutinefunction.
_is_coroutine = object()


def _unwrap(func):
    while True:
        if isinstance(func, types.MethodType):
            func = func.__func__
        elif type(func).__name__ == "partial" and hasattr(func, "func"):
            func = func.func
        else:
            return func


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (an `async def`)."""
    f = _unwrap(func)
    code = getattr(f, "__code__", None)
    if isinstance(code, types.CodeType) and isinstance(f, types.FunctionType):
        if code.co_flags & _CO_COROUTINE:
            return True
    return getattr(func, "_is_coroutine", None) is _is_coroutine


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    return isinstance(obj, (types.CoroutineType, collections.abc.Coroutine))


def _format_coroutine(coro):
    name = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", None) \
        or type(coro).__name__
    name = f"{name}()"
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    frame = getattr(coro, "cr_frame", None)
    if frame is None:
        frame = getattr(coro, "gi_frame", None)
    if code is None:
        return name
    filename = code.co_filename
    if frame is not None:
        running = getattr(coro, "cr_running", False) or getattr(coro, "gi_running", False)
        if running:
            return f"{name} running, defined at {filename}:{code.co_firstlineno}"
        return f"{name} running at {filename}:{frame.f_lineno}"
    return f"{name} done, defined at {filename}:{code.co_firstlineno}"
