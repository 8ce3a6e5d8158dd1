"""Future, Executor, wait and as_completed: the executor-independent part of concurrent.futures."""

import collections
import sys
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# A future's states. CANCELLED_AND_NOTIFIED: cancelled, and the waiters have been told.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]
_STATE_TO_DESCRIPTION_MAP = {PENDING: 'pending', RUNNING: 'running', CANCELLED: 'cancelled',
                             CANCELLED_AND_NOTIFIED: 'cancelled', FINISHED: 'finished'}
_DONE_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


def _log(level, msg, *args, exc_info=False):
    """Reports through logging's 'concurrent.futures' logger when there is a logging module,
    else writes what logging's last-resort handler would (the message and the traceback)."""
    try:
        import logging
    except ImportError:
        logging = None
    if logging is not None:
        logging.getLogger("concurrent.futures").log(getattr(logging, level), msg, *args,
                                                   exc_info=exc_info)
        return
    text = msg % args if args else msg
    try:
        if exc_info:
            import traceback
            text += "\n" + "".join(traceback.format_exception(*sys.exc_info())).rstrip("\n")
        sys.stderr.write(text + "\n")
    except Exception:
        pass


class Error(Exception):
    """Base class for the exceptions of this module."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in the Future's current state."""


class BrokenExecutor(RuntimeError):
    """An executor that can no longer run work (a worker failed to start)."""


class _Waiter:
    """What wait() and as_completed() block on: futures report to it as they complete, and its
    event is set once the condition of `mode` holds."""

    def __init__(self, mode, pending):
        self.mode = mode
        self.pending = pending      # futures not yet done when the waiter was installed
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished_futures = []

    def _add(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            self.pending -= 1
            if (self.mode in (FIRST_COMPLETED, _AS_COMPLETED) or self.pending <= 0
                    or (self.mode == FIRST_EXCEPTION and failed)):
                self.event.set()

    def add_result(self, future):
        self._add(future, False)

    def add_exception(self, future):
        self._add(future, True)

    def add_cancelled(self, future):
        # A cancelled future does not end a FIRST_EXCEPTION wait.
        self._add(future, False)


class _AcquireFutures:
    """Holds the conditions of several futures at once, always taken in the same order."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _install_waiter(fs, mode, pending):
    if mode not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, _AS_COMPLETED):
        raise ValueError("Invalid return condition: %r" % mode)
    waiter = _Waiter(mode, pending)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            try:
                f._waiters.remove(waiter)
            except ValueError:
                pass


def as_completed(fs, timeout=None):
    """An iterator over the futures of fs (duplicates once) as they complete, those already done
    first. Raises TimeoutError if the rest are not done `timeout` seconds after the call."""
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = [f for f in fs if f._state in _DONE_STATES]
        pending = fs - set(finished)
        waiter = _install_waiter(fs, _AS_COMPLETED, len(pending))
    return _as_completed(fs, finished, pending, waiter, total,
                         None if timeout is None else end_time)


def _as_completed(fs, finished, pending, waiter, total, end_time):
    try:
        while finished:
            f = finished.pop()
            pending.discard(f)
            yield f
        while pending:
            if end_time is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            finished.reverse()
            while finished:
                f = finished.pop()
                if f in pending:
                    pending.discard(f)
                    yield f
    finally:
        _remove_waiter(fs, waiter)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until the futures of fs meet return_when (FIRST_COMPLETED, FIRST_EXCEPTION or
    ALL_COMPLETED) or timeout seconds pass; returns the sets (done, not_done)."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = {f for f in fs if f._state in _DONE_STATES}
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            if any(f for f in done if not f.cancelled() and f.exception() is not None):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _install_waiter(fs, return_when, len(not_done))
    waiter.event.wait(timeout)
    _remove_waiter(fs, waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


class Future:
    """The result of a call that runs asynchronously."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _log('ERROR', 'exception calling callback for %r', self, exc_info=True)

    def __repr__(self):
        with self._condition:
            head = '<%s at %#x state=%s' % (self.__class__.__name__, id(self),
                                            _STATE_TO_DESCRIPTION_MAP[self._state])
            if self._state == FINISHED:
                if self._exception is not None:
                    return '%s raised %s>' % (head, self._exception.__class__.__name__)
                return '%s returned %s>' % (head, self._result.__class__.__name__)
            return head + '>'

    def cancel(self):
        """Cancels the future unless it is running or done; True if it is now cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def __get_result(self):
        if self._exception is None:
            return self._result
        try:
            raise self._exception
        finally:
            self = None     # no cycle through the traceback's frame

    def add_done_callback(self, fn):
        """Calls fn(future) when the future is done (at once if it already is)."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _log('ERROR', 'exception calling callback for %r', self, exc_info=True)

    def _wait_done(self, timeout):
        """Under the condition: waits for the end; raises CancelledError or TimeoutError."""
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state == FINISHED:
            return
        self._condition.wait(timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's result, waiting up to timeout seconds (None: no limit); raises what the
        call raised, CancelledError or TimeoutError."""
        try:
            with self._condition:
                self._wait_done(timeout)
                return self.__get_result()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting as result() does."""
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    def set_running_or_notify_cancel(self):
        """For executors: False if the future was cancelled (waiters are told), else marks it
        running and returns True."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            _log('CRITICAL', 'Future %s in unexpected state: %s', id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(types.GenericAlias)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class Executor:
    """The base of the executors: submit() schedules a call, map() many, shutdown() ends."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables) with the calls run by the executor; the results come in
        order. Raises TimeoutError if a result is not there `timeout` seconds after the call."""
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
