# Memoised subscriptions (equal ones are the same object), copies, __all__, type parameter
# details, generic classes with __init__ and class methods through aliases, Any subclasses.
import copy
import typing
from typing import (List, Dict, Optional, Union, Literal, Callable, Tuple, Annotated, ClassVar, TypeVar, Generic,
                    ParamSpec, get_args, Any)
T = TypeVar('T')
print(List[int] is List[int], Literal[1] is Literal[1], Union[int, str] is Union[int, str], Optional[int] is Optional[int],
      Callable[[int], str] is Callable[[int], str], Tuple[int] is Tuple[int], Annotated[int, 1] is Annotated[int, 1],
      List[T][int] is List[T][int], ClassVar[int] is ClassVar[int], List[int] is List[str])
print(Literal[1, 2], Literal[True, 2], Literal[0], Literal[False], Union[str, int] if Union[int, str] else 0)
print(copy.copy(T) is T, copy.deepcopy(T) is T, copy.deepcopy(List[T]) == List[T], len(typing.__all__) > 90,
      sorted(n for n in ['List', 'Protocol', 'cast'] if n in typing.__all__))


class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []

    def push(self, item: T) -> 'Stack[T]':
        self.items.append(item)
        return self

    @classmethod
    def of(cls, *items):
        s = cls()
        for i in items:
            s.push(i)
        return s


s = Stack[int]().push(1).push(2)
print(s.items, type(s).__name__, s.__orig_class__, Stack[int].of(3, 4).items, Stack.of(5).items, Stack[str].__name__,
      Stack[str].__qualname__)


class AnyThing(Any):
    def __init__(self, v):
        self.v = v


try:
    print(AnyThing(3).v)
except TypeError as e:
    print('TypeError', e)
print(isinstance(AnyThing.__new__(AnyThing), AnyThing), issubclass(AnyThing, object))
P = ParamSpec('P')


def deco(f: Callable[P, T]) -> Callable[P, T]:
    return f


print(deco.__annotations__, get_args(Callable[P, T]), P.args.__origin__ is P, P.kwargs)
print(Dict[str, 'Fwd'], List['int'], Union['A', 'B'], Optional['int'], List[None], Callable[['x'], 'y'])
