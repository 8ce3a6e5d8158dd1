"""Running callables asynchronously: Futures, executors over threads, wait and as_completed.

Taipan's own implementation of CPython 3.11's `concurrent.futures` API. The pieces live in
`_base` (Future, Executor, wait, as_completed), `thread` (ThreadPoolExecutor) and `process`
(ProcessPoolExecutor, which on Taipan runs its work in threads: the JVM cannot fork).
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor, wait, as_completed)

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ProcessPoolExecutor', 'ThreadPoolExecutor')


def __dir__():
    return __all__ + ('__doc__',)


def __getattr__(name):
    # The executors are imported on first use, as in CPython.
    if name == 'ThreadPoolExecutor':
        from concurrent.futures.thread import ThreadPoolExecutor
        globals()[name] = ThreadPoolExecutor
        return ThreadPoolExecutor
    if name == 'ProcessPoolExecutor':
        from concurrent.futures.process import ProcessPoolExecutor
        globals()[name] = ProcessPoolExecutor
        return ProcessPoolExecutor
    raise AttributeError(f"module {__name__} has no attribute {name}")
