# asdict, astuple (nesting, factories, copies), replace, make_dataclass, is_dataclass, fields().
import copy
from collections import namedtuple, OrderedDict
from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, is_dataclass, InitVar
from typing import List

NT = namedtuple('NT', 'a b')


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class Nested:
    p: Point
    ps: List[Point]
    d: dict
    t: tuple = ()
    nt: NT = None


n = Nested(Point(1), [Point(2, 3)], {'k': Point(4), Point(5, 5).x: [Point(6)]}, (Point(7), 8), NT(Point(9), [1]))
print(asdict(n))
print(astuple(n))
print(asdict(Point(1, 2), dict_factory=OrderedDict), astuple(Point(1, 2), tuple_factory=list),
      asdict(Point(1, [2]))['y'] is not Point(1, [2]).y)
lst = [1]
print(asdict(Point(lst))['x'] is lst, astuple(Point(lst))[0] is lst, asdict(Point(print))['x'] is print)
print(is_dataclass(n), is_dataclass(Point), is_dataclass(3), is_dataclass(int), is_dataclass(Point(1)))


@dataclass
class R:
    a: int
    b: int = field(default=2, init=False)
    c: InitVar[int] = 0

    def __post_init__(self, c):
        self.a += c


r = R(1, 5)
print(r, replace(r, a=10), replace(r, c=100), replace(r))
for bad in [lambda: replace(r, b=1), lambda: replace(r, z=1), lambda: replace(R, a=1), lambda: replace(R(1), a=1, c=None) and 0]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
C = make_dataclass('C', [('x', int), 'y', ('z', int, field(default=5))], namespace={'double': lambda self: self.x * 2})
c = C(1, 2)
print(c, c.double(), [f.name for f in fields(C)], [f.type for f in fields(C)], C.__name__, C.__qualname__, C.__module__, C.__mro__)
D = make_dataclass('D', [('a', int, 0)], bases=(Point,), order=True)
print(D(1, 2, 3), D(1, 2, 3) < D(1, 2, 4), [f.name for f in fields(D)], D.__mro__)
E = make_dataclass('E', [], frozen=True, repr=False)
print(E() == E(), E.__dataclass_params__, make_dataclass('K', [('a', 'int')], kw_only=True)(a=1), make_dataclass('S', ['a'], slots=True).__slots__)
for bad in [lambda: make_dataclass('X', ['a', 'a']), lambda: make_dataclass('X', ['1a']), lambda: make_dataclass('X', [('a', int, 3, 4)]),
            lambda: make_dataclass('X', ['def']), lambda: fields(int), lambda: fields(3), lambda: asdict(Point), lambda: astuple(3)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
