# Protocol members, runtime checks, abstract protocol methods, Supports*; Generic subclasses,
# slots, metaclasses.
import typing
from typing import *
T = TypeVar('T')
def tr(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
# Protocol details
class P1(Protocol):
    x: int
    def m(self) -> int: ...
class P2(P1, Protocol):
    y: str
@runtime_checkable
class P3(Protocol[T]):
    def get(self) -> T: ...
class Impl:
    def get(self): return 1
tr(lambda: isinstance(Impl(), P3))
tr(lambda: issubclass(Impl, P3))
tr(lambda: P3[int])
tr(lambda: P2.__mro__)
tr(lambda: P2._is_protocol)
tr(lambda: typing.Protocol.__module__)
class C(P1):
    x = 1
    def m(self): return 2
tr(lambda: C().m())
tr(lambda: C._is_protocol)
class C2(P1):
    def __init__(self, v): self.v = v
tr(lambda: C2(5).v)
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
tr(lambda: isinstance([], HasLen))
tr(lambda: issubclass(dict, HasLen))
tr(lambda: isinstance(3, HasLen))
tr(lambda: issubclass(int, HasLen))
tr(lambda: isinstance([], typing.Sized))
tr(lambda: isinstance(3, typing.SupportsAbs))
tr(lambda: [issubclass(t, typing.SupportsFloat) for t in (int, float, str, complex)])
tr(lambda: [issubclass(t, typing.SupportsIndex) for t in (int, float, bool)])
tr(lambda: typing.SupportsInt.__abstractmethods__)
tr(lambda: typing.SupportsRound[int])
class Reg(Protocol):
    def r(self): ...
Reg2 = runtime_checkable(Reg)
class Other: pass
tr(lambda: isinstance(Other(), Reg))
import abc
class AbstractProto(Protocol):
    @abc.abstractmethod
    def a(self): ...
class Concrete(AbstractProto):
    pass
tr(lambda: Concrete())
class Concrete2(AbstractProto):
    def a(self): return 'a'
tr(lambda: Concrete2().a())
tr(lambda: isinstance(Concrete2(), AbstractProto))
# Generic edge cases
class A(Generic[T]):
    pass
class B(A):
    pass
tr(lambda: B.__parameters__)
tr(lambda: B[int])
tr(lambda: A[int]().__orig_class__)
class WithSlots(Generic[T]):
    __slots__ = ('v',)
tr(lambda: type(WithSlots[int]()).__name__)
tr(lambda: hasattr(WithSlots[int](), '__orig_class__'))
tr(lambda: A.__class_getitem__)
tr(lambda: A[int].__mro_entries__((A[int],)))
tr(lambda: type(A[int]) is type(List[int]))
tr(lambda: A.__orig_bases__)
tr(lambda: A[int] == A[int])
class M(type): pass
class WithMeta(Generic[T], metaclass=M): pass
tr(lambda: WithMeta[int])
tr(lambda: type(WithMeta))
tr(lambda: Generic.__class_getitem__)
tr(lambda: Generic.__init_subclass__)
tr(lambda: typing.Generic.__doc__[:20])
tr(lambda: typing.Protocol.__doc__[:20])
