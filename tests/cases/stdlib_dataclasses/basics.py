from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass, Field)
from typing import ClassVar, List, Optional
import dataclasses


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(1, 3), p == (1, 2), Point.__doc__)
print([f.name for f in fields(p)], fields(Point)[1].default, asdict(p), astuple(p), replace(p, y=9))
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), Point.__match_args__, Point.__hash__)
match p:
    case Point(1, y):
        print('matched', y)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default='', compare=False)


v1, v2 = Version(1, 2), Version(1, 10, 'rc')
print(v1 < v2, v1 <= v2, v2 > v1, sorted([v2, v1]), hash(v1) == hash(Version(1, 2, 'x')), {v1: 1}[Version(1, 2)])
try:
    v1.major = 5
except FrozenInstanceError as e:
    print('FrozenInstanceError', e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
try:
    v1 < (1, 2)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    total: ClassVar[int] = 0
    secret: str = field(default='s', init=False)

    def __post_init__(self):
        Inventory.total += 1
        self.count = len(self.items)


a = Inventory('a')
b = Inventory('b', ['x', 'y'])
a.items.append('z')
print(a, b, b.count, Inventory.total, b.items is not a.items, a.secret, [f.name for f in fields(Inventory)])


@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.x *= scale


w = WithInit(3)
print(w, WithInit(3, 10), [f.name for f in fields(w)])


@dataclass
class Base:
    a: int
    b: str = 'b'


@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 7


print(Derived(), Derived(1, 'x', 2.0), [f.name for f in fields(Derived)])


@dataclass(kw_only=True)
class KW:
    x: int
    y: int = 1


print(KW(x=5), KW(y=2, x=3))
try:
    KW(1)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int


print(Mixed(1, c=3), Mixed.__match_args__)


@dataclass
class Nested:
    p: Point
    ps: List[Point]
    d: dict


n = Nested(Point(1), [Point(2, 3)], {'k': Point(4)})
print(asdict(n), astuple(n))


@dataclass(eq=False)
class NoEq:
    x: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashable:
    x: int
    y: list = field(default=None, hash=False)


print(hash(Hashable(5)) == hash(Hashable(5, [1])))


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.z = 3
except AttributeError as e:
    print('AttributeError')


@dataclass
class Rec:
    name: str
    child: Optional['Rec'] = None


r = Rec('a')
r.child = r
print(r)

for bad in ["@dataclass\nclass B:\n    x: int = 1\n    y: int\n",
            "@dataclass\nclass B:\n    x: list = []\n",
            "@dataclass(order=True, eq=False)\nclass B:\n    x: int\n",
            "@dataclass\nclass B:\n    x: int = field(default=1, default_factory=int)\n",
            "@dataclass(frozen=True)\nclass B(Point):\n    z: int = 0\n",
            "@dataclass(order=True)\nclass B:\n    x: int\n    def __lt__(self, o): return True\n"]:
    try:
        exec(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [lambda: fields(3), lambda: asdict(Point), lambda: replace(a, secret='x'), lambda: Point(), lambda: Point(1, 2, 3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

C = make_dataclass('C', [('x', int), 'y', ('z', int, field(default=5))], namespace={'double': lambda self: self.x * 2})
c = C(1, 2)
print(c, c.double(), [f.name for f in fields(C)], C.__name__)
print(type(MISSING).__name__, isinstance(fields(Point)[0], Field), fields(Point)[0].type, Point.__dataclass_params__.frozen)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Version.__eq__.__qualname__)
