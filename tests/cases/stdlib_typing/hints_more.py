# get_type_hints: nested quoted references, include_extras, wrapped functions, methods,
# classmethods, generic bases, PEP 604/585 strings.
import typing, functools
from typing import *
T = TypeVar('T')
def tr(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def f(a: 'Callable[[int], List["Tree"]]', b: 'Annotated[Optional["int"], "m"]' = None) -> 'Dict[str, "Tree"]': pass
class Tree:
    left: 'Tree'
    kids: List['Tree']
    val: 'Annotated[int, "units"]'
tr(lambda: get_type_hints(f))
tr(lambda: get_type_hints(f, include_extras=True))
tr(lambda: get_type_hints(Tree))
tr(lambda: get_type_hints(Tree, include_extras=True))
@functools.wraps(f)
def wrapper(*a, **k): return f(*a, **k)
tr(lambda: get_type_hints(wrapper))
class M:
    def meth(self, x: 'M') -> 'Optional[M]': pass
    @classmethod
    def cm(cls, y: int) -> 'M': pass
    @staticmethod
    def sm(z: 'List[M]'): pass
tr(lambda: get_type_hints(M.meth))
tr(lambda: get_type_hints(M().meth))
tr(lambda: get_type_hints(M.cm))
tr(lambda: get_type_hints(M.sm))
tr(lambda: get_type_hints(M.meth, globalns={'M': int, 'Optional': Optional}))
tr(lambda: get_type_hints(print))
tr(lambda: get_type_hints(int))
tr(lambda: get_type_hints(object))
fr = ForwardRef('List[int]')
tr(lambda: fr.__forward_evaluated__)
tr(lambda: fr._evaluate(globals(), None, frozenset()) if False else 'skip')
tr(lambda: get_type_hints(fr) if False else 'skip')
def g(x: List['T']) -> T: pass
tr(lambda: get_type_hints(g))
class Base(Generic[T]):
    attr: T
class Derived(Base[int]):
    other: 'Base[str]'
tr(lambda: get_type_hints(Derived))
def h(x: 'int | None', y: 'list[Tree]', z: 'tuple[int, ...]'): pass
tr(lambda: get_type_hints(h))
def k(x: list['Tree']): pass
tr(lambda: get_type_hints(k))
