"""Ctrl-C handling for test runs (-c/--catch): the first Ctrl-C stops the run after the
current test and reports, the second interrupts as usual."""

import weakref

__unittest = True

_results = weakref.WeakKeyDictionary()
_interrupt_handler = None


class _InterruptHandler(object):
    def __init__(self, default_handler):
        self.called = False
        self.original_handler = default_handler
        if isinstance(default_handler, int):
            import signal
            if default_handler == signal.SIG_DFL:
                default_handler = signal.default_int_handler
            elif default_handler == signal.SIG_IGN:
                def default_handler(unused_signum, unused_frame):
                    pass
            else:
                raise TypeError("expected SIGINT signal handler to be "
                                "signal.SIG_IGN, signal.SIG_DFL, or a callable object")
        self.default_handler = default_handler

    def __call__(self, signum, frame):
        import signal
        installed = signal.getsignal(signal.SIGINT)
        if installed is not self:
            self.default_handler(signum, frame)
        if self.called:
            self.default_handler(signum, frame)
        self.called = True
        for result in _results.keys():
            result.stop()


def registerResult(result):
    _results[result] = 1


def removeResult(result):
    return bool(_results.pop(result, None))


def installHandler():
    global _interrupt_handler
    if _interrupt_handler is None:
        try:
            import signal
        except ImportError:
            return  # no signal module: Ctrl-C interrupts as usual
        default_handler = signal.getsignal(signal.SIGINT)
        _interrupt_handler = _InterruptHandler(default_handler)
        signal.signal(signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    if method is not None:
        import functools

        @functools.wraps(method)
        def inner(*args, **kwargs):
            import signal
            initial = signal.getsignal(signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                signal.signal(signal.SIGINT, initial)
        return inner
    global _interrupt_handler
    if _interrupt_handler is not None:
        import signal
        signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
