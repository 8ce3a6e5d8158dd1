import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()

    def is_first(self):
        return self is Weekday.MONDAY

    @classmethod
    def first(cls):
        return cls.MONDAY

print([d.value for d in Weekday], Weekday.MONDAY.is_first(), Weekday.first(), Weekday.TUESDAY.name)
print(Weekday(2), Weekday['WEDNESDAY'], Weekday.MONDAY == Weekday.MONDAY, Weekday.MONDAY != Weekday.TUESDAY)
print({Weekday.MONDAY: 'mon'}[Weekday.MONDAY], sorted(Weekday, key=lambda d: d.value, reverse=True))
print(list(reversed(Weekday)), Weekday.MONDAY in Weekday, isinstance(Weekday.MONDAY, Weekday))
try:
    1 in Weekday
except TypeError as e:
    print('TypeError', e)
match Weekday.TUESDAY:
    case Weekday.MONDAY:
        print('mon')
    case Weekday.TUESDAY:
        print('tue')

class Shape(str, Enum):
    SQUARE = 'sq'
    CIRCLE = 'ci'
print(repr(Shape.SQUARE), str(Shape.SQUARE), Shape.SQUARE == 'sq', Shape('ci'), Shape.SQUARE.upper())

class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK < Status.NOT_FOUND, Status.OK == 200, sorted([Status.NOT_FOUND, Status.OK]), int(Status.OK), Status(404).name)
print('%d %s %r' % (Status.OK, Status.OK, Status.OK), '{}'.format(Status.OK), [s for s in Status])

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(rw), rw.value, Perm.R in rw, Perm.X in rw, [p.name for p in rw], repr(Perm(7)), repr(Perm(0)), 7 == Perm(7))

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(repr(Color.WHITE), list(Color), repr(Color.RED | Color.BLUE), repr(~Color.RED), Color(3), Color.WHITE.value)

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(Animal.ANT, Animal(3), list(Animal), Animal.__name__, Animal.DOG.value)
Tone = IntEnum('Tone', [('LOW', 10), ('HIGH', 20)])
print(repr(Tone.LOW), Tone.HIGH + 1)
Mood = Enum('Mood', {'HAPPY': 'h', 'SAD': 's'})
print(list(Mood), Mood('s'))

try:
    Weekday(9)
except ValueError as e:
    print('ValueError', e)
try:
    Weekday.MONDAY.value = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError', e)
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print('ValueError', e)

class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value
    B = 2
    A = 1
print(sorted(Ordered), Ordered.__members__.keys() if False else list(Ordered.__members__))
class Coord(Enum):
    _ignore_ = 'tmp'
    X = 1
    tmp = 5
print(list(Coord), hasattr(Coord, 'tmp'))
import copy
print(copy.copy(Weekday.MONDAY) is Weekday.MONDAY, copy.deepcopy(Color.RED) is Color.RED)
print(Weekday.MONDAY.__class__, type(Weekday), Weekday.__class__.__name__, enum.EnumMeta is enum.EnumType)
print(hash(Weekday.MONDAY) == hash(Weekday.MONDAY), Weekday.MONDAY._value_, Weekday._member_map_['MONDAY'])
