"""Multi-producer, multi-consumer queues, Taipan's own implementation.

A queue's state is guarded by one lock (`mutex`), with three conditions on it as in CPython:
`not_empty` (getters wait on it), `not_full` (putters on a bounded queue) and `all_tasks_done`
(join). The subclass hooks (_init, _qsize, _put, _get) are CPython's, so LifoQueue,
PriorityQueue and user subclasses work the same way. A program with one thread that waits on
an empty queue without a timeout waits for ever, as in CPython (Ctrl-C interrupts it).
"""

import threading
from time import monotonic as _time
from collections import deque
from heapq import heappush, heappop
import types

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    __module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _wait_until(cond, ready, block, timeout, exc):
    """Waits on `cond` (held) until ready() is true: at once or never if not `block` (then
    `exc`), for ever if `timeout` is None, else for `timeout` seconds at most (then `exc`)."""
    if not block:
        if not ready():
            raise exc
        return
    if timeout is None:
        while not ready():
            cond.wait()
        return
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    deadline = _time() + timeout
    while not ready():
        left = deadline - _time()
        if left <= 0:
            raise exc
        cond.wait(left)


class Queue:
    """A FIFO queue; maxsize <= 0 means no limit."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
            if unfinished == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self.maxsize > 0:
                _wait_until(self.not_full, lambda: self._qsize() < self.maxsize, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            _wait_until(self.not_empty, self._qsize, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # the storage, which subclasses override
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(types.GenericAlias)


class PriorityQueue(Queue):
    """Retrieves the lowest entry first (a heap: entries are typically (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves the most recently added entry first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking: put never waits."""
    __module__ = '_queue'

    def __init__(self):
        self._queue = deque()
        self._items = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)
        self._items.release()

    def put_nowait(self, item):
        self.put(item)

    def get(self, block=True, timeout=None):
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._items.acquire(block, timeout if block else None):
            raise Empty
        return self._queue.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)

    __class_getitem__ = classmethod(types.GenericAlias)
