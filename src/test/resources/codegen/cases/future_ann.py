from __future__ import annotations
def f(a: List[int], b: "str" = 1, *args: Tuple[int, ...], c: a.b.c = None, **kw: Dict[str, int]) -> Optional[int]:
    pass
x: int = 1
y: Callable[[int, str], None]
class C:
    attr: ClassVar[int] = 0
    z: a | b
    w: -1
def g(x: lambda a, b=1: a) -> (1, 2): pass
