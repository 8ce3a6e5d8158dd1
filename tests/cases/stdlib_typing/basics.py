from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, TypeVar,
                    Generic, Protocol, NamedTuple, TypedDict, cast, overload, TYPE_CHECKING,
                    get_type_hints, Iterable, Iterator, Sequence, Mapping, Type, ClassVar, Final,
                    Literal, Annotated, NoReturn, get_origin, get_args, NewType, runtime_checkable,
                    DefaultDict, Deque, Counter, OrderedDict, AnyStr, Text, IO, TextIO, Generator)
import typing

print(Any, Optional[int], Union[int, str], Union[int, None], Optional[Union[int, str]], Union[int])
print(List, List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple[int, str], Set[bytes], FrozenSet[int])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Type[int], Iterable[str], Iterator, Sequence[int])
print(Mapping[str, Any], ClassVar[int], Final[str], Literal[1, 'a', None], Annotated[int, 'meta', 3], NoReturn)
print(Union[int, str] == Union[str, int], Union[int, int, str], List[int] == List[int], Optional[int] == Union[None, int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_origin(int), get_args(int))
print(get_args(Callable[[int], str]), get_origin(Annotated[int, 'x']), get_args(Annotated[int, 'x']), get_origin(Literal[1]))
print(isinstance([], List), isinstance({}, Dict), isinstance(1, Union[int, str]), issubclass(list, Sequence), isinstance(3, Optional[int]))
for bad in [lambda: isinstance([], List[int]), lambda: isinstance(1, Any), lambda: Any(), lambda: Union[()], lambda: Optional()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

T = TypeVar('T')
K = TypeVar('K', bound=int)
S = TypeVar('S', str, bytes)
Co = TypeVar('Co', covariant=True)
print(T, K, S, Co, T.__name__, K.__bound__, S.__constraints__, T.__module__, AnyStr)
print(List[T], Dict[str, T][int], List[T][str], Union[T, None])


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


b = Box(3)
print(b.get(), Box[int], Box.__parameters__, Box[int](5).item, Box[str].__origin__ is Box, Box.__mro__)


class Pair(Generic[K, T]):
    pass


print(Pair[int, str], Pair.__parameters__)
try:
    Pair[int]
except TypeError as e:
    print('TypeError', e)


class IntBox(Box[int]):
    pass


print(IntBox.__parameters__, IntBox(4).get(), IntBox.__orig_bases__)


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(3)
print(p, p.norm(), p._fields, Point._field_defaults, Point.__annotations__, p._replace(y=5), p == (3, 0))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__)
try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as e:
    print('TypeError', e)


class Movie(TypedDict):
    title: str
    year: int


class Movie2(Movie, total=False):
    rating: float


m = Movie(title='x', year=1999)
print(m, type(m), Movie.__annotations__, sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__), Movie2.__total__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print('TypeError', e)


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class F:
    def close(self):
        pass


print(isinstance(F(), Closer), isinstance(3, Closer), issubclass(F, Closer))


class NotRuntime(Protocol):
    def x(self) -> int: ...


try:
    isinstance(F(), NotRuntime)
except TypeError as e:
    print('TypeError', e)
try:
    NotRuntime()
except TypeError as e:
    print('TypeError', e)
print(isinstance(3, typing.SupportsInt), isinstance('x', typing.SupportsInt), isinstance(2.5, typing.SupportsIndex))

UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)
print(cast(int, 'x'), cast('List[int]', 3), TYPE_CHECKING)


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2


print(f(2), f('ab'))


class A:
    x: int
    y: 'List[str]'
    z: Optional['A'] = None
    c: ClassVar[int] = 3


def g(a: int, b: 'str' = 'q', *args: float, **kw: 'Dict[str, int]') -> 'Optional[A]':
    pass


print(get_type_hints(A))
print(get_type_hints(g))
print(get_type_hints(Point), A.__annotations__)


def gen() -> Generator[int, None, str]:
    yield 1
    return 'done'


print(list(gen()), Generator[int, None, str], DefaultDict[str, int], Deque[int], Counter[str], OrderedDict[str, int])
print(Text is str, IO, TextIO, typing.Pattern, typing.Match[str], int | List[int], List[int] | None)
print(typing.Hashable, typing.Sized, typing.AbstractSet[int], typing.ContextManager[int])
