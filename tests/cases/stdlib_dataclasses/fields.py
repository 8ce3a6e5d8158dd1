# field(): defaults, default_factory, init/repr/compare/hash/metadata/kw_only; Field objects,
# MISSING, InitVar, ClassVar, KW_ONLY, __post_init__.
import dataclasses
from dataclasses import dataclass, field, fields, Field, MISSING, InitVar, KW_ONLY
from typing import ClassVar, List


@dataclass
class Inv:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    total: ClassVar[int] = 0
    secret: str = field(default='s', init=False)
    meta: int = field(default=1, metadata={'unit': 'm'}, compare=False)

    def __post_init__(self):
        Inv.total += 1
        self.count = len(self.items)


a = Inv('a')
b = Inv('b', ['x', 'y'])
a.items.append('z')
print(a, b, b.count, Inv.total, b.items is not a.items, a.secret, [f.name for f in fields(Inv)], a == Inv('a', ['z'], meta=9))
f0, f1, f2 = fields(Inv)[:3]
print(f0.name, f0.type, f0.default is MISSING, f0.default_factory is MISSING, f1.default_factory, f2.repr, f2.init, f2.hash,
      f2.compare, fields(Inv)[4].metadata, type(fields(Inv)[4].metadata).__name__, f0.kw_only, isinstance(f0, Field))
print(type(MISSING).__name__, repr(MISSING).startswith('<dataclasses._MISSING_TYPE object'), type(KW_ONLY).__name__,
      InitVar[int], InitVar, InitVar[int].type, InitVar[List[int]], list(Inv.__dataclass_fields__), 'total' in Inv.__dataclass_fields__)


@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2
    cv: ClassVar[str] = 'c'

    def __post_init__(self, scale):
        self.x *= scale


w = WithInit(3)
print(w, WithInit(3, 10), [f.name for f in fields(w)], WithInit.scale, list(WithInit.__dataclass_fields__))


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int
    d: int = field(default=4, kw_only=False)


print(Mixed(1, 5, c=3), Mixed.__match_args__, [(f.name, f.kw_only) for f in fields(Mixed)], Mixed.__init__.__defaults__,
      Mixed.__init__.__kwdefaults__)


@dataclass
class Defaults:
    a: int = 1
    b: list = field(default_factory=lambda: [1, 2])
    c: dict = field(default_factory=dict, init=False)
    d: str = field(default='d', init=False, repr=False)


d1, d2 = Defaults(), Defaults(2, [3])
d1.b.append(9)
print(d1, d2, d1.c is not d2.c, Defaults().b, d1.d, Defaults.a, hasattr(Defaults, 'b'), Defaults.d, Defaults.__init__.__defaults__)
print(fields(d1)[0] is fields(Defaults)[0], field(default=3).default, field().name, field(kw_only=True).kw_only)
