# Odd and wrong arguments to typing's functions and forms: unhashable members, empty
# subscriptions, self-referencing forward references, non-classes given to decorators.
from typing import *
import typing
T = TypeVar('T')
def tr(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
tr(lambda: Union[[]])
tr(lambda: Literal[[1]] == Literal[[1]])
tr(lambda: hash(Literal[[1]]))
tr(lambda: Callable[[...], int])
tr(lambda: Generic[...])
tr(lambda: TypeVar('T', bound=List[int]).__bound__)
A = 'A'
class R:
    a: 'A'
tr(lambda: get_type_hints(R))
class S:
    s: 'S2'
S2 = 'S'
tr(lambda: get_type_hints(S))
tr(lambda: List[int][()])
tr(lambda: Dict[()])
tr(lambda: Tuple[()][()])
tr(lambda: typing.get_args(None))
tr(lambda: typing.get_origin(None))
tr(lambda: typing.get_type_hints(None))
tr(lambda: typing.cast())
tr(lambda: typing.NewType('X'))
tr(lambda: typing.TypeVar())
tr(lambda: typing.ForwardRef(''))
tr(lambda: typing.ForwardRef('x y'))
tr(lambda: typing.Annotated[int, []].__metadata__)
tr(lambda: hash(typing.Annotated[int, []]))
tr(lambda: typing.Optional[T][T][T])
tr(lambda: typing.List[T][T][int])
tr(lambda: Union[int, str][T])
tr(lambda: Literal[1, 2][1])
tr(lambda: typing.Callable[[int], str][int])
tr(lambda: Callable[[T], T][int, str])
tr(lambda: typing.Protocol[T][int])
tr(lambda: isinstance(1, typing.Iterable[int] | None))
tr(lambda: NamedTuple('X', 3))
tr(lambda: NamedTuple('X', [3]))
tr(lambda: NamedTuple(3, []))
tr(lambda: TypedDict('X', 3))
tr(lambda: TypedDict(3, {}))
tr(lambda: typing.final(3))
tr(lambda: typing.no_type_check(3))
tr(lambda: typing.runtime_checkable(3))
tr(lambda: typing.assert_never())
tr(lambda: typing.dataclass_transform(3))
