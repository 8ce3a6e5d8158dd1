# Inheritance: field order and overrides, __post_init__ chains, non-dataclass bases, methods
# defined in the class kept, reprs (recursive, qualnames), __init__ signature pieces.
from dataclasses import dataclass, field, fields, KW_ONLY
from typing import Optional


@dataclass
class Base:
    a: int
    b: str = 'b'

    def __post_init__(self):
        print('Base post_init', self.a)


@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 7

    def __post_init__(self):
        super().__post_init__()
        print('Derived post_init', self.c)


print(Derived(), Derived(1, 'x', 2.0), [f.name for f in fields(Derived)], Derived.__match_args__, Derived.__init__.__defaults__)


class Plain:
    p: int = 3

    def hello(self):
        return 'hi'


@dataclass
class FromPlain(Plain):
    q: int = 4


print(FromPlain(), FromPlain().p, FromPlain().hello(), [f.name for f in fields(FromPlain)])


@dataclass
class Custom:
    x: int

    def __repr__(self):
        return 'Custom!'

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5, Custom.__hash__)


@dataclass
class KwBase:
    _: KW_ONLY
    k: int = 0


@dataclass
class KwDerived(KwBase):
    pos: int = 1


print(KwDerived(5, k=3), KwDerived.__match_args__, [(f.name, f.kw_only) for f in fields(KwDerived)])


@dataclass
class Rec:
    name: str
    child: Optional['Rec'] = None
    others: list = field(default_factory=list)


r = Rec('a')
r.child = r
r.others.append(r)
print(r)


class Outer:
    @dataclass
    class Inner:
        v: int = 0


print(Outer.Inner(), Outer.Inner.__init__.__qualname__, Outer.Inner.__repr__.__qualname__, Outer.Inner.__eq__.__qualname__,
      Outer.Inner.__qualname__, Derived.__doc__, Outer.Inner.__doc__)


@dataclass
class Doc:
    """Has a doc."""
    x: int


print(Doc.__doc__, Doc.__init__.__annotations__, Doc.__init__.__name__, Base.__init__.__annotations__)


@dataclass
class NoFields:
    pass


print(NoFields(), NoFields() == NoFields(), NoFields.__match_args__, fields(NoFields), NoFields.__doc__)
