# Generic TypedDict, TypedDict inheritance hints, NamedTuple keyword form and reserved names.
import typing, sys
from typing import *
T = TypeVar('T')
def tr(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class TD(TypedDict, Generic[T]):
    a: T
tr(lambda: TD[int])
tr(lambda: TD.__mro__)
tr(lambda: TD.__parameters__)
tr(lambda: TD(a=1))
class TD2(TypedDict):
    x: int
class TD3(TD2, total=False):
    y: 'List[int]'
tr(lambda: get_type_hints(TD3))
tr(lambda: TD3.__required_keys__ | TD3.__optional_keys__ == {'x', 'y'})
tr(lambda: TD3.__orig_bases__ if hasattr(TD3, '__orig_bases__') else None)
NT = NamedTuple('NT', x=int, y=str)
tr(lambda: NT(1, 'a'))
tr(lambda: NamedTuple('N2', [('a', int)], ))
tr(lambda: typing.NamedTuple.__doc__ is not None)
try:
    class NTm(NamedTuple):
        a: int
        __slots__ = ()
except AttributeError as e:
    print('AttributeError', e)


class P(NamedTuple):
    x: int


class M(TypedDict):
    a: int


class N(P):
    pass


print([b.__name__ for b in P.__orig_bases__], [b.__name__ for b in M.__orig_bases__], N.__mro__, N(1), P.__new__.__qualname__)
