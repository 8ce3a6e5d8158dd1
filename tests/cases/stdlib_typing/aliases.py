# The generic aliases of builtin and collections.abc types: reprs, origins, arguments,
# equality, subscription errors, instantiation, subclassing.
import typing
from typing import List, Dict, Tuple, Set, FrozenSet, Type, Callable, TypeVar, Iterable, Mapping, IO, TextIO, BinaryIO

print(List, Dict, Tuple, Set, FrozenSet, Type, Callable, typing.Deque, typing.DefaultDict)
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple[int, str], Set[bytes], FrozenSet[int])
print(typing.Iterable, typing.Iterable[int], typing.AbstractSet, typing.ByteString, typing.Awaitable[int],
      typing.Coroutine[int, int, int], typing.AsyncGenerator[int, None])
print(typing.ContextManager, typing.AsyncContextManager[int], typing.Pattern[str], typing.Match,
      typing.Type[int], typing.ChainMap[int, str], typing.KeysView, typing.ItemsView[int, str])
print(typing.Hashable, typing.Sized, typing.Container[int], typing.Collection[str], typing.Reversible[int],
      typing.MutableSet[int], typing.MutableMapping[str, int], typing.MutableSequence[int], typing.MappingView[int],
      typing.ValuesView[int], typing.AsyncIterable[int], typing.AsyncIterator[int], typing.Generator[int, None, str])
print(List[int].__origin__, List.__origin__, Dict[str, int].__args__, List[int].__parameters__, List._name, Tuple.__origin__)
print(Callable[[int], str], Callable[..., int], Callable[[], None], Callable[[int, str], List[int]])
print(Callable[[int], str].__args__, Callable[..., int].__args__, Callable[[], int].__args__,
      Tuple[()].__args__, Tuple[int, ...].__args__)
print(hash(List[int]) == hash(List[int]), List[int] == list[int], List[int] != List[str], List == list,
      Tuple[int, str] == tuple[int, str], Callable[[int], str] == Callable[[int], str], List[int] == List[int])
print(List[int].__module__, getattr(List, '__name__', None), List[int].__name__)
T = TypeVar('T')
print(Dict[str, List[T]], Dict[str, List[T]][int], List[T].__parameters__, Callable[[T], T][int],
      Callable[[int, T], List[T]][str], Tuple[T, ...][int])
print(typing.Deque[int]([1, 2]), typing.DefaultDict[str, int](int), typing.OrderedDict[str, int](), typing.Counter[str]('aab'))
print(isinstance([], typing.Iterable), issubclass(dict, typing.Mapping), isinstance(3, typing.Hashable),
      issubclass(list, Iterable), isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), isinstance(len, Callable))


class L(List[int]):
    pass


print(L.__mro__, L.__orig_bases__, L.__parameters__, L([1, 2]))
print(IO, IO[str], TextIO, BinaryIO, IO.__parameters__, TextIO.__mro__, typing.Text is str)
for bad in [lambda: List[int, str], lambda: List(), lambda: Dict[str, int](), lambda: List[int](), lambda: Tuple(),
            lambda: Callable[[int]], lambda: Dict[int], lambda: Type[int, str],
            lambda: Tuple[int, ...][int], lambda: isinstance([], Iterable[int]), lambda: issubclass(list, List[int]),
            lambda: List[int][str], lambda: Set(), lambda: Callable[[int], str][int]]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
