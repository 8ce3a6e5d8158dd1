# Literal, Final, ClassVar, Annotated, Any and the bare special forms: reprs, equality, errors.
from typing import (Literal, Final, ClassVar, Annotated, Any, NoReturn, Never, Self, LiteralString, TypeAlias,
                    TypeGuard, Required, NotRequired, Concatenate, Unpack, List, Optional, Generic, Protocol,
                    Tuple, get_origin, get_args)
print(Literal[1, 2], Literal[Literal[1, 2], 3], Literal[1, 1, 2], Literal[1] == Literal[True], Literal[1, 2] == Literal[2, 1],
      hash(Literal[1, 2]) == hash(Literal[2, 1]), Literal[1].__args__, Literal[()], Literal, Literal[None],
      Literal['a', b'b', True, -3], Literal[int], Literal[1] == Literal[1], Literal[0] == Literal[False])
print(Final, Final[int], ClassVar[List[int]], ClassVar['x'], Final[int].__args__, get_origin(Final[int]), get_origin(ClassVar[int]))
print(Annotated[int, 'a'], Annotated[Annotated[int, 1], 2], Annotated[int, 1].__metadata__, Annotated[int, 1].__origin__,
      Annotated[List[int], 'x'], Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1] == Annotated[int, 2],
      Annotated[int, {'a': 1}], hash(Annotated[int, 1]) == hash(Annotated[int, 1]), Annotated[list, 1]([1]),
      Annotated[Optional[int], 'x'], Optional[Annotated[int, 'x']], Annotated, get_args(Annotated[int, 1, 'y']))
print(Any, NoReturn, Never, Self, LiteralString, TypeAlias, TypeGuard[int], TypeGuard, Required[int], NotRequired[int],
      Concatenate, Unpack, Unpack[Tuple[int, str]], Never == NoReturn, Never is NoReturn, Any.__mro__)
print(List[Any], List[None], Tuple[None], List[...], Optional[...], Literal[frozenset({1})])


class X(Any):
    pass


print(X.__mro__, type(X()).__name__, issubclass(int, Any))
for bad in [lambda: List[ClassVar[int]], lambda: List[Final], lambda: List[Generic], lambda: List[Protocol],
            lambda: ClassVar[int, str], lambda: Final[Final[int]], lambda: ClassVar[Final[int]], lambda: Literal[1](),
            lambda: Final(), lambda: Final[int](), lambda: Annotated[int], lambda: Annotated(), lambda: Any(),
            lambda: NoReturn(), lambda: Self[int], lambda: isinstance(1, Self), lambda: isinstance(1, Any),
            lambda: TypeGuard[int, str], lambda: Required[int, str], lambda: isinstance(1, Literal[1]),
            lambda: isinstance(1, Final), lambda: isinstance(1, Annotated[int, 1]), lambda: Annotated[int, 1](),
            lambda: NoReturn[int], lambda: Literal[1][int], lambda: Final[int][int]]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
