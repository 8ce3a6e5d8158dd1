# Protocol, runtime_checkable, the Supports* protocols, generic protocols, errors.
import typing
from typing import Protocol, runtime_checkable, TypeVar, Iterable, Sized, SupportsInt, SupportsAbs
T = TypeVar('T')


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Named(Protocol):
    name: str


class HasData(Protocol[T]):
    def get(self) -> T: ...


class F:
    name = 'f'

    def close(self):
        pass


class G:
    close = None


class Impl(Closer):
    pass


class Sub(Closer, Protocol):
    def extra(self) -> int: ...


print(isinstance(F(), Closer), isinstance(3, Closer), issubclass(F, Closer), isinstance(G(), Closer), isinstance(F(), Named),
      isinstance(object(), Named), Closer._is_protocol, Impl._is_protocol, Sub._is_protocol, Impl().close(), HasData[int],
      HasData.__parameters__, Closer.__mro__, isinstance(Impl(), Closer))
print(isinstance(3, typing.SupportsInt), isinstance('x', SupportsInt), isinstance(2.5, typing.SupportsIndex),
      isinstance(2.5, typing.SupportsFloat), isinstance(1j, typing.SupportsComplex), isinstance(b'', typing.SupportsBytes),
      isinstance(-1, SupportsAbs), isinstance(1.5, typing.SupportsRound), SupportsAbs[int], issubclass(int, typing.SupportsIndex))


class NotRuntime(Protocol):
    def x(self) -> int: ...


for bad in [lambda: isinstance(F(), NotRuntime), lambda: NotRuntime(), lambda: issubclass(F, Named), lambda: runtime_checkable(F),
            lambda: Closer(), lambda: issubclass(3, Closer), lambda: Protocol[int]]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
try:
    class Bad(Protocol, F):
        pass
except TypeError as e:
    print('TypeError', e)


@runtime_checkable
class Lengthy(Sized, Protocol):
    def extra(self): ...


class OnlyLen:
    def __len__(self):
        return 0


class Both(OnlyLen):
    def extra(self):
        pass


print(isinstance(OnlyLen(), Lengthy), isinstance(Both(), Lengthy), isinstance([], Iterable))
