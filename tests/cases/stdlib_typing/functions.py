# NewType, cast, overload/get_overloads, final, no_type_check, assert_never/assert_type,
# reveal_type, dataclass_transform, TYPE_CHECKING, get_origin/get_args, is_typeddict.
import sys
import typing
from typing import (NewType, cast, overload, get_overloads, clear_overloads, final, no_type_check, assert_never,
                    assert_type, reveal_type, dataclass_transform, TYPE_CHECKING, get_origin, get_args, List, Dict,
                    Callable, Union, Optional, Annotated, Literal, Generic, TypeVar, ClassVar, Tuple, ParamSpec,
                    Concatenate, Required)
UserId = NewType('UserId', int)
Derived = NewType('Derived', UserId)
print(UserId(5), UserId, UserId.__supertype__, UserId.__name__, UserId.__qualname__, UserId.__module__, Derived,
      Derived.__supertype__, Derived(3) + 1, UserId | None, List[UserId], type(UserId(5)))
print(cast(int, 'x'), cast('List[int]', 3), cast(List[int], None), TYPE_CHECKING, typing.TYPE_CHECKING)


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2


print(f(2), f('ab'), len(get_overloads(f)), [o.__annotations__['x'] for o in get_overloads(f)], get_overloads(print))
clear_overloads()
print(get_overloads(f))


@overload
def lone(x: int) -> int: ...


try:
    lone(1)
except NotImplementedError as e:
    print('NotImplementedError', e)


@final
class Leaf:
    @final
    def m(self):
        pass


@no_type_check
class NoCheck:
    x: 'garbage here'

    def m(self, a: 'junk'):
        pass


@no_type_check
def nt(a: 'nonsense') -> 'x':
    pass


print(Leaf.__final__, Leaf.m.__final__, NoCheck.__no_type_check__, NoCheck.m.__no_type_check__, nt.__no_type_check__,
      typing.get_type_hints(nt), final(3))
for v in [1, 'a']:
    try:
        assert_never(v)
    except AssertionError as e:
        print('AssertionError', e)
print(assert_type(3, str), assert_type([1], List[int]))
sys.stderr = sys.stdout
print(reveal_type(3.5), reveal_type([1]))


@dataclass_transform(kw_only_default=True, field_specifiers=(int,), extra=1)
def model(cls):
    return cls


print(model.__dataclass_transform__)
T = TypeVar('T')
P = ParamSpec('P')
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_origin(int),
      get_args(int), get_args(Callable[[int], str]), get_origin(Annotated[int, 'x']), get_args(Annotated[int, 'x']),
      get_origin(Literal[1]), get_args(Literal[1, 2]), get_origin(Generic), get_origin(Generic[T]), get_origin(ClassVar[int]),
      get_args(Tuple[()]), get_origin(list[int]), get_args(dict[str, int]), get_args(Callable[..., int]),
      get_origin(P.args), get_origin(List), get_args(List), get_args(Callable[Concatenate[int, P], str]), get_origin(Required[int]))
for bad in [lambda: NewType('X', 3).__supertype__, lambda: exec('class Sub(UserId): pass', globals())]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
