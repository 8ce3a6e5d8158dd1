# Union and Optional: flattening, dedup, reprs, equality, | with types.UnionType, errors.
from typing import Union, Optional, List, Literal, ClassVar, Final, TypeVar, get_args, get_origin
print(Union[int, str], Union[int, None], Union[None, int], Optional[Union[int, str]], Union[int],
      Union[int, Union[str, float]], Union[int, int], Union[int, str, int])
print(Optional[None], Union[None], Optional[Optional[int]], Union[int, None, str], Union[List[int], None])
print(Union[int, str] == Union[str, int], hash(Union[int, str]) == hash(Union[str, int]), Union[int, str].__args__,
      Optional[int].__args__, Union[int, str].__origin__, Union[int, str].__parameters__, Union[int, str] == Union[int, float])
print(int | str, Union[int, str] == (int | str), int | List[int], List[int] | None, None | List[int], Union[int, str] | float,
      float | Union[int, str], Optional[int] | str, type(int | List[int]) is type(Union[int, str]))
print(Union[int | str, float], Union[int | str], get_args(int | str | None), get_origin(int | str), get_origin(Optional[int]))
T = TypeVar('T')
print(Union[T, int], Union[T, int][str], Union[T, int][int], Optional[T][str], Union[T, List[T]].__parameters__, T | int,
      (int | T)[str], Union[T, List[T]][bytes])
print(isinstance(1, Union[int, str]), isinstance(None, Optional[int]), issubclass(bool, Union[int, str]),
      isinstance(1.5, int | str), isinstance('', Union[int, str]))
print(Union[int, 'x'], Optional['X'], Union[int, 3], Union[int, Literal[1]], Union[1], repr(Union), repr(Optional))
for bad in [lambda: Union[()], lambda: Optional[int, str], lambda: Optional(), lambda: Union(), lambda: Union[int][str],
            lambda: isinstance(1, Union[List[int], str]), lambda: int | 'x', lambda: Union[int, ClassVar[int]],
            lambda: Optional[ClassVar], lambda: Union[int, Final[int]], lambda: Union[int, str][int],
            lambda: Union[T, int][int, str]]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
