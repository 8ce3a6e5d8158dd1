"""The default loop and policy's names, as on CPython for Unix (written for Taipan)."""

from . import base_events
from . import events

__all__ = ("SelectorEventLoop", "DefaultEventLoopPolicy")


class _UnixSelectorEventLoop(base_events.BaseEventLoop):
    """The event loop; Taipan's has no selector (no I/O), only timers and callbacks."""


SelectorEventLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
