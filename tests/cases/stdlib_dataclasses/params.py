# Each parameter of @dataclass: init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
# slots, weakref_slot; __hash__ rules; __dataclass_params__.
import weakref
from dataclasses import dataclass, field, fields, FrozenInstanceError


@dataclass(init=False, repr=False, eq=False, match_args=False)
class Bare:
    a: int = 1


b = Bare()
print(Bare.__repr__ is object.__repr__, hasattr(Bare, '__match_args__'), Bare.__eq__ is object.__eq__, Bare.__hash__ is object.__hash__,
      Bare.__init__ is object.__init__, b.a, Bare.__dataclass_params__)


@dataclass
class H:
    a: int


@dataclass(frozen=True)
class FH:
    a: int
    b: str = 'x'


@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(default=None, hash=False)
    c: int = field(default=0, compare=False)


@dataclass(eq=False, frozen=True)
class NoEqFrozen:
    a: int


print(H.__hash__, hash(FH(1)) == hash((1, 'x')), hash(FH(1)), hash(UH(5)) == hash(UH(5, [1])), hash(UH(5)) == hash((5, 0)),
      NoEqFrozen.__hash__ is object.__hash__, UH(1, c=3) == UH(1, c=4), FH.__dataclass_params__)


@dataclass(order=True)
class V:
    major: int
    minor: int = 0
    tag: str = field(default='', compare=False)


print(V(1) < V(1, 1), V(2) >= V(1, 9), sorted([V(3), V(1, 2, 'z'), V(1, 1)]), V(1, tag='a') == V(1, tag='b'), V.__lt__.__qualname__)
for op in ['<', '<=', '>', '>=']:
    try:
        eval('V(1) %s (1, 0)' % op)
    except TypeError as e:
        print('TypeError', e)
print(V(1) == (1, 0), V(1).__eq__((1, 0)), V(1).__lt__(3))
f = FH(1)
for act in [lambda: setattr(f, 'a', 2), lambda: delattr(f, 'b'), lambda: setattr(f, 'new', 1)]:
    try:
        act()
    except FrozenInstanceError as e:
        print('FrozenInstanceError', e, isinstance(e, AttributeError))


@dataclass(kw_only=True)
class KW:
    x: int
    y: int = 1


print(KW(x=5), KW(y=2, x=3), KW.__match_args__)
try:
    KW(1)
except TypeError as e:
    print('TypeError', e)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2


@dataclass(frozen=True, slots=True, weakref_slot=True)
class WS:
    a: int


s = Slotted(1)
w = WS(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'), WS.__slots__, weakref.ref(w)() is w, w, hash(w) == hash((1,)), Slotted.__match_args__)
try:
    s.z = 3
except AttributeError as e:
    print('AttributeError', e)
print(Slotted.__init__.__qualname__, [f.name for f in fields(Slotted)], Slotted(5) == Slotted(5), Slotted.__dataclass_params__)
