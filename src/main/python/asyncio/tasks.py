"""Tasks and the functions that combine awaitables (written for Taipan)."""

import functools
import itertools
import types

from . import coroutines
from . import events
from . import exceptions
from . import futures

__all__ = ("Task", "create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED",
           "wait", "wait_for", "as_completed", "sleep", "gather", "shield", "ensure_future",
           "run_coroutine_threadsafe", "current_task", "all_tasks", "to_thread",
           "_register_task", "_unregister_task", "_enter_task", "_leave_task")

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_task_numbers = itertools.count(1)

# Tasks not yet done, in creation order (a dict used as an ordered set), and the task each
# loop is running right now.
_pending_tasks = {}
_current_tasks = {}


def current_task(loop=None):
    """The task running now in loop (default: the running loop), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of the loop's tasks that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_pending_tasks) if t.get_loop() is loop and not t.done()}


def _register_task(task):
    _pending_tasks[task] = None


def _unregister_task(task):
    _pending_tasks.pop(task, None)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another "
                           f"task {current!r} is being executed.")
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match "
                           f"the current task {current!r}.")
    del _current_tasks[loop]


class Task(futures.Future):
    """Runs a coroutine on the loop: each step sends into it until it awaits a future that is
    not done, and the future's completion schedules the next step."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        number = next(_task_numbers)  # named tasks use up a number too, as in CPython
        self._name = f"Task-{number}" if name is None else str(name)
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = context
        self._num_cancels_requested = 0
        self._loop.call_soon(self.__step)
        _register_task(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self._must_cancel:
            info[0] = "cancelling"
        info.insert(1, f"name={self.get_name()!r}")
        info.insert(2, f"coro=<{coroutines._format_coroutine(self._coro)}>")
        if self._fut_waiter is not None:
            info.insert(3, f"wait_for={self._fut_waiter!r}")
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def get_stack(self, *, limit=None):
        frame = getattr(self._coro, "cr_frame", None)
        return [] if frame is None else [frame]

    def print_stack(self, *, limit=None, file=None):
        import sys
        out = sys.stderr if file is None else file
        for frame in self.get_stack(limit=limit):
            print(f'  File "{frame.f_code.co_filename}", line {frame.f_lineno}, '
                  f'in {frame.f_code.co_name}', file=out)

    def cancel(self, msg=None):
        """Ask the task to stop: CancelledError is raised inside its coroutine at the next
        step. False if the task is already done."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            # The waiter's cancellation wakes the task with CancelledError.
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """How many cancellation requests are pending."""
        return self._num_cancels_requested

    def uncancel(self):
        """Withdraw one cancellation request; return how many remain."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish(self):
        _unregister_task(self)

    def __step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f"_step(): already done: {self!r}, {exc!r}")
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        _enter_task(loop, self)
        try:
            if exc is None:
                awaited = self._coro.send(None)
            else:
                awaited = self._coro.throw(exc)
        except StopIteration as stop:
            self._finish()
            if self._must_cancel:
                # cancel() came while the last step ran: the task ends cancelled.
                self._must_cancel = False
                futures.Future.cancel(self, msg=self._cancel_message)
            else:
                futures.Future.set_result(self, stop.value)
        except exceptions.CancelledError as cancelled:
            self._finish()
            self._cancelled_exc = cancelled
            futures.Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            self._finish()
            futures.Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            self._finish()
            futures.Future.set_exception(self, error)
        else:
            self.__suspend_on(awaited)
        finally:
            _leave_task(loop, self)
            self = None

    def __suspend_on(self, awaited):
        """The coroutine yielded `awaited`: decide when to run the next step."""
        blocking = getattr(awaited, "_asyncio_future_blocking", None)
        if blocking is not None:
            if awaited.get_loop() is not self._loop:
                error = RuntimeError(f"Task {self!r} got Future {awaited!r} "
                                     f"attached to a different loop")
                self._loop.call_soon(self.__step, error)
            elif blocking:
                if awaited is self:
                    error = RuntimeError(f"Task cannot await on itself: {self!r}")
                    self._loop.call_soon(self.__step, error)
                else:
                    awaited._asyncio_future_blocking = False
                    awaited.add_done_callback(self.task_wakeup)
                    self._fut_waiter = awaited
                    if self._must_cancel and awaited.cancel(msg=self._cancel_message):
                        self._must_cancel = False
            else:
                error = RuntimeError(f"yield was used instead of yield from "
                                     f"in task {self!r} with {awaited!r}")
                self._loop.call_soon(self.__step, error)
        elif awaited is None:
            # A bare yield (sleep(0)): run again in the next iteration.
            self._loop.call_soon(self.__step)
        elif isinstance(awaited, types.GeneratorType):
            error = RuntimeError(f"yield was used instead of yield from for "
                                 f"generator in task {self!r} with {awaited!r}")
            self._loop.call_soon(self.__step, error)
        else:
            error = RuntimeError(f"Task got bad yield: {awaited!r}")
            self._loop.call_soon(self.__step, error)

    def task_wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()
        self = None


Task.__module__ = "_asyncio"


def create_task(coro, *, name=None, context=None):
    """Schedule the coroutine on the running loop; return its Task."""
    loop = events.get_running_loop()
    if context is None:
        return loop.create_task(coro, name=name)
    return loop.create_task(coro, name=name, context=context)


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    """A future as it is; a coroutine or other awaitable wrapped in a Task."""
    obj = coro_or_future
    if futures.isfuture(obj):
        if loop is not None and loop is not obj.get_loop():
            raise ValueError("The future belongs to a different loop than "
                             "the one specified as the loop argument")
        return obj
    if not coroutines.iscoroutine(obj):
        if hasattr(type(obj), "__await__"):
            obj = _wrap_awaitable(obj)
        else:
            raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
    if loop is None:
        loop = events.get_event_loop()
    return loop.create_task(obj)


class _Sleep0:
    """Awaiting it suspends the task for exactly one loop iteration."""

    __slots__ = ()

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Suspend the current task for delay seconds (one loop iteration for 0)."""
    if delay <= 0:
        await _Sleep0()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        timer.cancel()


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    """Cancel fut and wait until it is really done (it may catch the cancellation)."""
    loop = events.get_running_loop()
    waiter = loop.create_future()
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """Await fut; after timeout seconds cancel it and raise TimeoutError."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise TimeoutError() from exc

    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)
    release = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            # wait_for itself was cancelled: pass it on to fut.
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        # A cancelled fut may still finish with a result, which is then returned.
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures and tasks in fs; return the sets (done, pending)."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    loop = events.get_running_loop()
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    fs = {ensure_future(f, loop=loop) for f in fs}
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def on_done(f):
        nonlocal remaining
        remaining -= 1
        if (remaining <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled()
                    and f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables that give the results of fs in the order they finish."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    from .queues import Queue
    finished = Queue()
    loop = events._get_running_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            finished.put_nowait(None)  # each waiting awaitable then raises TimeoutError
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def wait_for_one():
        f = await finished.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timer = (loop or events.get_event_loop()).call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


class _GatheringFuture(futures.Future):
    """gather()'s result: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            # The children's callbacks cancel this future once they are all done.
            self._cancel_requested = True
        return cancelled_any


def gather(*coros_or_futures, return_exceptions=False):
    """A future for the list of the awaitables' results, in the order given. The first
    exception is propagated unless return_exceptions, which puts exceptions in the list."""
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def on_child_done(fut):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()  # retrieved, so never reported as lost
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if finished == len(by_arg):
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    res = exceptions.CancelledError("" if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    by_arg = {}
    children = []
    outer = None
    loop = None
    finished = 0
    for arg in coros_or_futures:
        fut = by_arg.get(arg)
        if fut is None:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            if fut is not arg:
                fut._log_destroy_pending = False
            by_arg[arg] = fut
            fut.add_done_callback(on_child_done)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


_shielded = set()


def shield(arg):
    """An awaitable whose cancellation does not cancel arg."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()
    if loop is not None:
        _shielded.add(inner)

    def inner_done(inner):
        _shielded.discard(inner)
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


def run_coroutine_threadsafe(coro, loop):
    events._missing("run_coroutine_threadsafe (threads)")


async def to_thread(func, /, *args, **kwargs):
    events._missing("to_thread (threads)")
