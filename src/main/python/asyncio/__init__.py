"""asyncio for Taipan: the event loop, futures, tasks, synchronisation primitives, queues,
task groups and timeouts, single-threaded. Written for Taipan from the library reference;
there are no sockets, streams, subprocesses, signals or threads."""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .timeouts import *
from .unix_events import *

from . import base_events, coroutines, events, exceptions, futures, locks, queues
from . import runners, taskgroups, tasks, timeouts, unix_events

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__
           + futures.__all__ + locks.__all__ + queues.__all__ + runners.__all__
           + taskgroups.__all__ + tasks.__all__ + timeouts.__all__ + unix_events.__all__)
