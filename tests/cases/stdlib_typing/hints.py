# get_type_hints: forward references, classes with bases, functions, modules, include_extras,
# ClassVar/Final, Annotated stripping, ForwardRef objects, errors.
import typing
from typing import (get_type_hints, Optional, List, Dict, ClassVar, Final, Annotated, ForwardRef, Union, Callable,
                    NamedTuple, Literal)


class A:
    x: int
    y: 'List[str]'
    z: Optional['A'] = None
    c: ClassVar[int] = 3
    f: Final = 1
    an: Annotated[int, 'meta']
    nested: List['Optional[int]']


class B(A):
    w: 'Dict[str, B]'
    x: str


def g(a: int, b: 'str' = 'q', *args: float, c: 'Annotated[int, 1]' = 0, **kw: 'Dict[str, int]') -> 'Optional[A]':
    pass


def none_default(a: int = None, b: 'Optional[int]' = None) -> None:
    pass


print(get_type_hints(A))
print(get_type_hints(A, include_extras=True))
print(get_type_hints(B))
print(get_type_hints(g))
print(get_type_hints(g, include_extras=True), get_type_hints(none_default), get_type_hints(len), get_type_hints(lambda x: x))
print(A.__annotations__['y'], get_type_hints(g)['return'], get_type_hints(A, localns={'A': int})['z'])
print(ForwardRef('x'), ForwardRef('List[int]') == ForwardRef('List[int]'), ForwardRef('x').__forward_arg__,
      ForwardRef('int', module='builtins'), hash(ForwardRef('a')) == hash(ForwardRef('a')), ForwardRef('a', is_argument=False))


def local_refs():
    class Local:
        me: 'Local'
        other: 'Missing'
    try:
        print(get_type_hints(Local))
    except NameError as e:
        print('NameError', e)
    print(get_type_hints(Local, localns={'Local': Local, 'Missing': int}))


local_refs()
mod = type(typing)('m')
exec("x: int\ny: 'str' = 'a'", mod.__dict__)
print(get_type_hints(mod), get_type_hints(typing.cast) == {}, get_type_hints(NamedTuple('N', [('a', 'int')])))
for bad in ["def f(x: 'List[') -> None: pass", "def f(x: '1 + ') -> None: pass", "def f(x: 'ClassVar[int]'): pass",
            "class K:\n  x: 'Nope'", "def f(x: 3): pass", "def f(x: 'int'): pass\nf.__annotations__ = 5"]:
    ns = {'ClassVar': ClassVar}
    try:
        exec(bad, ns)
        obj = ns.get('f') or ns['K']
        print(get_type_hints(obj))
    except (SyntaxError, NameError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [lambda: ForwardRef(3), lambda: ForwardRef('1 +'), lambda: get_type_hints(3)]:
    try:
        print(bad())
    except (SyntaxError, TypeError) as e:
        print(type(e).__name__, e)
