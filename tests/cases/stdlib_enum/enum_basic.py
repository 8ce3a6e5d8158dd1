import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1
print(repr(Color.RED), str(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], list(Color), len(Color), Color.ALIAS is Color.RED, Color.__members__)
print(repr(Color), Color.RED in Color, type(Color), format(Color.RED), f'{Color.RED}', hash(Color.RED) == hash('RED'))
class N(IntEnum):
    A = 1
    B = auto()
print(repr(N.A), str(N.A), format(N.B), N.A + 1, N.B == 2, f'{N.A:>3}', N(2))
class P(Flag):
    R = auto(); W = auto(); X = auto()
print(repr(P.R|P.W), str(P.R|P.W), P(0), repr(P(0)), ~P.R, list(P.R|P.X), P.R in (P.R|P.W), bool(P(0)), repr(P(7)))
class IP(IntFlag):
    R = 4; W = 2; X = 1
print(repr(IP.R|IP.W), str(IP.R|IP.W), IP.R | 8, repr(IP(9)), ~IP.R, IP.R + 1)
class S(StrEnum):
    A = auto(); B = 'bee'
print(repr(S.A), str(S.A), S.B.upper(), S.A == 'a')
for t in ['Color(5)', 'Color["X"]', 'P(8)', 'Color.RED.value == 1', 'Color.RED < Color.BLUE']:
  try: print(t, eval(t))
  except Exception as e: print(t, type(e).__name__, e)
try:
  Color.RED = 5
except AttributeError as e: print(e)
try:
  @unique
  class U(Enum):
    A = 1; B = 1
except ValueError as e: print(e)
try:
  class E2(Color): pass
except TypeError as e: print(e)
print(Enum('Animal', 'ANT BEE CAT'), list(Enum('Animal', 'ANT BEE CAT')), Enum('X', [('a', 5)]).a)
class Planet(Enum):
    EARTH = (5.9, 6.3)
    def __init__(self, mass, radius):
        self.mass = mass
    @property
    def g(self): return self.mass * 2
print(Planet.EARTH.mass, Planet.EARTH.g, Planet.EARTH.value)
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): return cls.A
print(M(99), dir(Color.RED)[:5], Color.RED._name_, Color._member_names_)
from enum import CONFORM, EJECT, KEEP, STRICT
class P(Flag):
    R = 1; W = 2; X = 4; RWX = 7
print(list(P), repr(P.RWX), repr(P.R|P.W|P.X), repr(~P.RWX), repr(~P(0)), len(P.R|P.W), P.R ^ P.RWX, list(P.RWX), P._flag_mask_, P._all_bits_, P._singles_mask_)
class C(Flag, boundary=CONFORM):
    A = 1; B = 4
print(repr(C(7)), repr(C(2)), repr(C(0)))
class E(Flag, boundary=EJECT):
    A = 1
print(repr(E(3)), repr(E(1)))
class K(Flag, boundary=KEEP):
    A = 1
print(repr(K(3)), str(K(3)), repr(~K.A))
class I(IntFlag):
    A = 1; B = 2
print(repr(I(4)), repr(I.A | 4), repr(~I.A), I.A & 3, repr(I.A ^ I.B), type(I.A + 1), repr(I(0)), str(I(0)), format(I.A|I.B))
print(repr(P.R & P.W), bool(P.R & P.W), P.R in P.RWX, P.RWX in P.R)
try: P.R in 1
except TypeError as e: print(e)
print(P(3).name, P(0).name, P.R.name, P.RWX.name, P.R.value)
print(P._member_names_, repr(P(6)), STRICT, repr(KEEP), enum.FlagBoundary)
