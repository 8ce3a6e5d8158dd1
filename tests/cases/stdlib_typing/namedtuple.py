# typing.NamedTuple: class syntax (defaults, methods, properties, subclassing) and the
# functional form, with their errors.
from typing import NamedTuple, Generic, TypeVar


class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0

    def norm(self):
        return abs(self.x) + abs(self.y)

    @property
    def sq(self):
        return self.x ** 2


p = Point(3)
print(p, p.norm(), p.sq, p._fields, Point._field_defaults, Point.__annotations__, p._replace(y=5), p == (3, 0),
      Point.__mro__, Point.__doc__, Point._make([1, 2]), p._asdict(), Point.__name__, Point.__qualname__, Point.__module__)
print(Point(y=2, x=1), p[0], p[-1], len(p), tuple(p), hash(p) == hash((3, 0)), isinstance(p, tuple), type(NamedTuple).__name__)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__, Emp._fields, Emp.__module__, Emp.__mro__, Emp._field_defaults)


class P3(Point):
    def __repr__(self):
        return 'P3!'


class Empty(NamedTuple):
    pass


print(P3(1), P3.__mro__, P3(1).x, Empty(), Empty._fields, NamedTuple('X', [])(), NamedTuple('X')._fields)


class Outer:
    class Inner(NamedTuple):
        a: 'int'


print(Outer.Inner(1), Outer.Inner.__qualname__, Outer.Inner.__annotations__)
for src in ["class Bad(NamedTuple):\n x: int = 1\n y: int", "class Bad(NamedTuple):\n _x: int",
            "class Bad(NamedTuple):\n _fields: int", "class Bad(NamedTuple, int): pass",
            "NamedTuple('X', [('a', int)], b=3)", "NamedTuple('X', [('def', int)])",
            "class B(NamedTuple):\n x: int\n def _replace(self): pass", "class B(NamedTuple):\n x: int\nB(1, 2)",
            "class B(NamedTuple):\n x: int\nB()", "class B(NamedTuple):\n x: int\n x: str\nprint(B._fields)",
            "NamedTuple('X', [('a', int), ('a', str)])", "NamedTuple('1X', [])", "Point(1).x = 3"]:
    try:
        exec(src)
        print('ok')
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
