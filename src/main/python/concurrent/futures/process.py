"""ProcessPoolExecutor on Taipan.

The JVM cannot fork, and Taipan does not start interpreter processes for workers, so this
executor runs its calls in worker threads of the current process (see README, "Differences
from CPython"): the results are the same for functions without side effects on shared state,
but the calls share the GIL (no parallelism), and the arguments and results are not pickled.
"""

import os

from concurrent.futures import _base
from concurrent.futures import thread as _thread_pool

EXTRA_QUEUED_CALLS = 1


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker of the pool failed (its initializer raised)."""


class ProcessPoolExecutor(_thread_pool.ThreadPoolExecutor):
    """Runs calls in up to max_workers workers (default os.cpu_count()); on Taipan these are
    threads of this process."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        super().__init__(max_workers, 'ProcessPoolExecutor-worker', initializer, initargs)
        self._mp_context = mp_context
        self._max_tasks_per_child = max_tasks_per_child

    def submit(self, fn, /, *args, **kwargs):
        try:
            return super().submit(fn, *args, **kwargs)
        except _thread_pool.BrokenThreadPool as e:
            raise BrokenProcessPool(*e.args) from None

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A child process terminated abruptly, the process pool is not '
                            'usable anymore')
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except _thread_pool.queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenProcessPool(self._broken))

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)
