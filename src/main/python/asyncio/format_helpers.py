"""How asyncio names callbacks in reprs and error messages (written for Taipan)."""

import functools
import reprlib
import types


def _source(func):
    while isinstance(func, functools.partial):
        func = func.func
    func = getattr(func, "__func__", func)
    code = getattr(func, "__code__", None)
    if isinstance(code, types.CodeType):
        return f" at {code.co_filename}:{code.co_firstlineno}"
    return ""


def _format_args(args, kwargs):
    items = [reprlib.repr(a) for a in args]
    if kwargs:
        items += [f"{k}={reprlib.repr(v)}" for k, v in kwargs.items()]
    return "(" + ", ".join(items) + ")"


def _format_callback(func, args, kwargs, suffix=""):
    if isinstance(func, functools.partial):
        inner = _format_args(args, kwargs) if args or kwargs else ""
        return _format_callback(func.func, func.args, func.keywords, inner + suffix)
    name = getattr(func, "__qualname__", None) or getattr(func, "__name__", None) or repr(func)
    return name + _format_args(args, kwargs) + suffix


def _format_callback_source(func, args):
    return _format_callback(func, args, None) + _source(func)
