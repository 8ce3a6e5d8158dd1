"""Extracting, formatting and printing stack traces, as Python's own error report shows them.

The records live in ``_traceback_stack`` (FrameSummary, StackSummary) and
``_traceback_exc`` (TracebackException); the marker lines come from the same Java code that
prints uncaught exceptions.
"""

import sys

from _traceback_exc import TracebackException
from _traceback_stack import (FrameSummary, StackSummary, walk_stack, walk_tb,
                              _walk_tb_positions)

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_sentinel = object()


def print_list(extracted_list, file=None):
    """Prints (file, line, name, source) entries as a traceback's frames."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """The printable lines of (file, line, name, source) entries or FrameSummary objects."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Prints up to limit entries of a traceback (negative: the last -limit)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """The printable lines of a traceback's entries."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of a traceback's entries, with the failing instructions' columns."""
    return StackSummary._extract_from_extended_frame_gen(_walk_tb_positions(tb), limit=limit)


def _value_and_tb(exc, value, tb):
    # 3.10+: print_exception(exc) or print_exception(type, value, tb)
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError('Exception expected for value, {} found'.format(type(exc).__name__))
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Prints an exception and its traceback (with its causes and contexts when chain)."""
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception() would print, as a list of strings."""
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of an exception's report: 'Type: message' (and a SyntaxError's place)."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled (sys.exc_info())."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Prints the last uncaught exception of the interactive prompt (sys.last_*)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit=limit, file=file, chain=chain)


def print_stack(f=None, limit=None, file=None):
    """Prints the stack from the outermost frame to f (the caller by default)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """The printable lines of the stack up to f (the caller by default)."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack up to f (the caller by default), outermost first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clears the local variables of every frame of a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass  # a frame still running cannot be cleared
        tb = tb.tb_next
