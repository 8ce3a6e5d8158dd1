"""The event loop (written for Taipan): ready callbacks, a heap of timers and the loop's
clock. Taipan's asyncio has no I/O, so waiting for the next timer is a plain sleep."""

import collections
import heapq
import sys
import time

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks

__all__ = ("BaseEventLoop",)

# Cancelled timers are swept out of the heap once they are this many and this share of it.
_MIN_CANCELLED_TO_SWEEP = 100
_MIN_CANCELLED_SHARE = 0.5
# Sleeping in slices keeps Ctrl-C responsive while waiting for a far timer.
_MAX_SLEEP = 0.5


def _check_callback(callback, method):
    if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
        raise TypeError(f"coroutines cannot be used with {method}()")
    if not callable(callback):
        raise TypeError(f"a callable object was expected by {method}(), got {callback!r}")


def _stop_when_done(fut):
    # An exception that ends the program leaves run_forever by itself.
    if not fut.cancelled():
        if isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []
        self._cancelled_timers = 0
        self._closed = False
        self._stopping = False
        self._running = False
        self._debug = False
        self._exception_handler = None
        self._task_factory = None
        self._clock_resolution = 1e-09  # CLOCK_MONOTONIC
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False

    def __repr__(self):
        return (f"<{type(self).__name__} running={self.is_running()} "
                f"closed={self.is_closed()} debug={self.get_debug()}>")

    # -- futures and tasks ---------------------------------------------------------------

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        if name is not None:
            try:
                task.set_name(name)
            except AttributeError:
                pass
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError("task factory must be a callable or None")
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- running ---------------------------------------------------------------------------

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def _check_running(self):
        if self.is_running():
            raise RuntimeError("This event loop is already running")
        if events._get_running_loop() is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")

    def _asyncgen_firstiter(self, agen):
        self._asyncgens.add(agen)

    def _asyncgen_finalizer(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    def run_forever(self):
        """Run callbacks until stop() is called."""
        self._check_closed()
        self._check_running()
        old_hooks = sys.get_asyncgen_hooks()
        self._running = True
        try:
            events._set_running_loop(self)
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter,
                                   finalizer=self._asyncgen_finalizer)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        """Run until the future (or coroutine, wrapped in a Task) is done; return its result."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_stop_when_done)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()  # the exception is being raised: it was retrieved
            raise
        finally:
            future.remove_done_callback(_stop_when_done)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        """Stop after the callbacks that are ready now have run."""
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._cancelled_timers = 0

    async def shutdown_asyncgens(self):
        """Close the async generators that are still suspended."""
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[ag.aclose() for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    "message": f"an error occurred during closing of asynchronous "
                               f"generator {agen!r}",
                    "exception": result,
                    "asyncgen": agen,
                })

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True

    # -- scheduling --------------------------------------------------------------------------

    def time(self):
        """The loop's clock (time.monotonic)."""
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) in the loop's next iteration, after those already scheduled."""
        self._check_closed()
        if self._debug:
            _check_callback(callback, "call_soon")
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        return self.call_soon(callback, *args, context=context)

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) after delay seconds."""
        if delay is None:
            raise TypeError("delay must not be None")
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) when the loop's time() reaches when."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            _check_callback(callback, "call_at")
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._cancelled_timers += 1

    def _run_once(self):
        """One iteration: move due timers to the ready queue, then run what is ready now."""
        scheduled = self._scheduled
        if (len(scheduled) > _MIN_CANCELLED_TO_SWEEP
                and self._cancelled_timers / len(scheduled) > _MIN_CANCELLED_SHARE):
            kept = []
            for timer in scheduled:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    kept.append(timer)
            heapq.heapify(kept)
            self._scheduled = scheduled = kept
            self._cancelled_timers = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._cancelled_timers -= 1
                heapq.heappop(scheduled)._scheduled = False

        if not self._ready and not self._stopping:
            self._wait_for_timer()

        end = self.time() + self._clock_resolution
        while scheduled:
            timer = scheduled[0]
            if timer._when >= end:
                break
            heapq.heappop(scheduled)
            timer._scheduled = False
            self._ready.append(timer)

        # Only what is ready now: callbacks scheduled by these run in the next iteration.
        ready = self._ready
        for _ in range(len(ready)):
            handle = ready.popleft()
            if not handle._cancelled:
                handle._run()
        handle = None

    def _wait_for_timer(self):
        # With no I/O, nothing but a timer can make work ready; with no timer the program
        # waits forever, as CPython's does.
        while True:
            if self._scheduled:
                delay = self._scheduled[0]._when - self.time()
                if delay <= 0:
                    return
                time.sleep(min(delay, _MAX_SLEEP))
                if delay <= _MAX_SLEEP:
                    return
            else:
                time.sleep(_MAX_SLEEP)

    # -- errors ----------------------------------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f"A callable object or None is expected, got {handler!r}")
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Print the context's message, its other fields and the exception's traceback."""
        message = context.get("message") or "Unhandled exception in event loop"
        lines = [message]
        for key in sorted(context):
            if key in ("message", "exception"):
                continue
            lines.append(f"{key}: {context[key]!r}")
        print("\n".join(lines), file=sys.stderr)
        exc = context.get("exception")
        if exc is not None:
            sys.__excepthook__(type(exc), exc, exc.__traceback__)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                print("Exception in default exception handler", file=sys.stderr)
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    "message": "Unhandled error in exception handler",
                    "exception": exc,
                    "context": context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                print("Exception in default exception handler while handling an unexpected "
                      "error in custom exception handler", file=sys.stderr)

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    # -- what Taipan's asyncio does not have -------------------------------------------------

    def run_in_executor(self, executor, func, *args):
        events._missing("run_in_executor (threads)")

    def set_default_executor(self, executor):
        events._missing("executors (threads)")

    def _no_io(self, *args, **kwargs):
        events._missing("network and subprocess I/O")

    create_connection = create_server = create_datagram_endpoint = _no_io
    create_unix_connection = create_unix_server = getaddrinfo = getnameinfo = _no_io
    sock_recv = sock_sendall = sock_connect = sock_accept = _no_io
    add_reader = add_writer = remove_reader = remove_writer = _no_io
    subprocess_exec = subprocess_shell = connect_read_pipe = connect_write_pipe = _no_io
    add_signal_handler = remove_signal_handler = _no_io
