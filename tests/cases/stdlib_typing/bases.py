# Class statements with typing objects as bases (allowed and refused), instantiating forms,
# parameters of special forms and their substitution.
import typing
from typing import *
T = TypeVar('T'); P = ParamSpec('P')
srcs = ["class X(Union[int, str]): pass", "class X(Optional[int]): pass", "class X(Literal[1]): pass", "class X(ClassVar[int]): pass",
        "class X(Final): pass", "class X(Union): pass", "class X(T): pass", "class X(P): pass", "class X(Any): pass\nprint(X)", "class X(Annotated[int, 1]): pass\nprint(X.__mro__)",
        "class X(List[int], Dict[str, int]): pass", "class X(Callable[[int], str]): pass\nprint(X.__mro__)", "class X(Tuple[int, str]): pass\nprint(X.__mro__)",
        "class X(typing.Hashable): pass\nprint(X.__mro__)", "class X(Type[int]): pass\nprint(X.__mro__)", "class X(NamedTuple('N', [('a', int)])): pass\nprint(X.__mro__)",
        "class X(Protocol[T], Generic[T]): pass", "class X(typing.TypeVar): pass", "class X(typing.ForwardRef): pass\nprint(X.__mro__)", "class X(NewType('N', int)): pass",
        "Union[int, str]()", "Generic[T]()", "List[int].append", "Literal[1, 2].__origin__", "T.__name__ = 'Q'; print(T)", "List.__args__", "typing.Optional.__doc__[:10]",
        "print(Literal[1].__parameters__, Annotated[T, 1].__parameters__, Unpack[Tuple[T]].__parameters__)", "print(Final[T][int])", "print(ClassVar[List[T]][int])",
        "print(typing.Concatenate[int, P].__parameters__)", "print(Callable[[T], T].__parameters__, Callable[P, T].__parameters__)",
        "print(Optional[T][None], Union[T, None][int])", "print(List[T][T], List[T][List[T]])", "print(List[T][P])", "print(Generic[T, P].__parameters__)"]
for src in srcs:
    try:
        exec(src)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
