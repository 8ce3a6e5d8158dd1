# User generic classes: Generic[...], __parameters__, __orig_bases__, subscription and
# substitution, __orig_class__, inheritance, errors.
from typing import Generic, TypeVar, List, Dict, Tuple, Callable, Optional, Iterable, Mapping, get_origin, get_args
T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item


b = Box(3)
print(Box[int], Box.__parameters__, Box[int](5).item, Box[str].__origin__ is Box, Box.__mro__, Box[int].__args__,
      Box[int](1).__orig_class__, hasattr(b, '__orig_class__'), Box[List[T]], Box[List[T]][int], Box[T].__parameters__)
print(Box[int] == Box[int], Box[int] == Box[str], hash(Box[int]) == hash(Box[int]), get_origin(Box[int]), get_args(Box[int]),
      Box.__orig_bases__, isinstance(b, Box), Generic.__mro__)


class Pair(Generic[K, V]):
    pass


class StrPair(Pair[str, V]):
    pass


class Both(Box[T], Pair[K, V]):
    pass


class Mapped(Dict[K, V], Generic[V, K]):
    pass


class Plain(Box[int]):
    pass


class Iter(Iterable[T]):
    def __iter__(self):
        return iter([1])


print(Pair[int, str], Pair.__parameters__, StrPair.__parameters__, StrPair[int], StrPair.__orig_bases__, StrPair.__mro__)
print(Both.__parameters__, Both[int, str, bytes], Mapped.__parameters__, Mapped[int, str], Plain.__parameters__,
      Plain.__orig_bases__, Iter.__parameters__, Iter[int], list(Iter()), Iter.__mro__)
print(Pair[int, T][str], Pair[T, T][int], Pair[T, List[T]].__parameters__, Pair[Callable[[T], K], V][int, str, bytes])


class WithClassGetitem:
    def __class_getitem__(cls, item):
        return 'cg', item


class Sub(Box[T]):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
        super().__init_subclass__()


class SubSub(Sub[int], flag=1):
    pass


print(WithClassGetitem[int], SubSub.__parameters__, SubSub.__orig_bases__)
for bad in [lambda: Pair[int], lambda: Box[int, str], lambda: Plain[int], lambda: Generic[int], lambda: Generic[T][int],
            lambda: type('X', (Generic[T], Generic[K]), {}), lambda: Box[()], lambda: Box[int][int]]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
for src in ["class X(Generic[K], Box[T]): pass", "class X(Generic[T], Generic[K]): pass", "class X(Generic): pass",
            "class X(Generic[T], List): pass"]:
    try:
        exec(src)
        print('ok', src)
    except TypeError as e:
        print('TypeError', e)
