# TypeVar, ParamSpec, TypeVarTuple and Unpack, Concatenate: reprs, attributes, substitution, errors.
import typing
from typing import TypeVar, ParamSpec, TypeVarTuple, Unpack, Concatenate, Callable, Generic, Tuple, List, AnyStr
T = TypeVar('T')
K = TypeVar('K', bound=int)
S = TypeVar('S', str, bytes)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
print(T, K, S, Co, Contra, T.__name__, K.__bound__, S.__constraints__, T.__module__, AnyStr, AnyStr.__constraints__)
print(T.__covariant__, T.__contravariant__, Co.__covariant__, Contra.__contravariant__, T.__bound__, T.__constraints__, T == T,
      T == TypeVar('T'), List[T] == List[T], TypeVar('B', bound='Fwd').__bound__, typing.T, typing.KT, typing.T_co)
P = ParamSpec('P')
Q = ParamSpec('Q', bound=int)
print(P, P.args, P.kwargs, P.__name__, P.args.__origin__ is P, P.args == P.args, Callable[P, int], Callable[P, int].__parameters__,
      Callable[P, int][[str, bytes]], Callable[P, int][..., ], Callable[Concatenate[int, P], str], Q.__bound__)
print(Callable[P, T][[int], str], Callable[Concatenate[int, P], T][[str], bytes], Callable[Concatenate[int, P], T].__parameters__,
      Concatenate[int, P], Concatenate[int, P].__args__)


class Deco(Generic[P, T]):
    pass


print(Deco[[int, str], bool], Deco[..., int], Deco.__parameters__, Deco[P, T])
Ts = TypeVarTuple('Ts')
print(Ts, Ts.__name__, Unpack[Ts], *Ts, Tuple[Unpack[Ts]], Tuple[int, Unpack[Ts]][str, bytes], Tuple[Unpack[Ts]][()],
      Tuple[Unpack[Ts]].__parameters__, list(Ts)[0] == Unpack[Ts], Tuple[*Ts], Tuple[T, *Ts][int, str, float])


class Arr(Generic[*Ts]):
    pass


print(Arr[int, str], Arr[()], Arr.__parameters__, Arr[int][()] if False else Arr[*Tuple[int, str]])
for bad in [lambda: TypeVar('X', int), lambda: TypeVar('X', int, str, bound=int), lambda: TypeVar('X', covariant=True, contravariant=True),
            lambda: T[int], lambda: Concatenate[int],
            lambda: Concatenate[()], lambda: Generic[T, T], lambda: Generic[Ts], lambda: Generic[*Ts, *Ts],
            lambda: Tuple[*Ts][*Ts, int][int] if False else Tuple[T, *Ts][()], lambda: Concatenate[int, str]]:
    try:
        print(bad())
    except (TypeError, ValueError, NameError) as e:
        print(type(e).__name__, e)
print(isinstance(T, TypeVar), isinstance(P, ParamSpec), isinstance(Ts, TypeVarTuple), type(T).__name__, T | None, int | T)
