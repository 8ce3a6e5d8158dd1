# String annotations (from __future__ import annotations): ClassVar, KW_ONLY and InitVar
# recognised by name; descriptors as defaults; frozen __post_init__; copies; slots with
# inheritance; match by keyword; abstract methods; get_type_hints of a data class.
from __future__ import annotations
import abc
import copy
import dataclasses
from dataclasses import dataclass, field, KW_ONLY, InitVar
from typing import ClassVar, get_type_hints


@dataclass
class S:
    a: int
    c: ClassVar[int] = 3
    _: KW_ONLY
    b: str = 'x'
    iv: InitVar[int] = 0

    def __post_init__(self, iv):
        self.a += iv


hints = get_type_hints(S)
print(S(1, b='y', iv=2), [f.name for f in dataclasses.fields(S)], S.__doc__, sorted(hints), hints['iv'], hints['c'])


class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name

    def __get__(self, obj, tp):
        return 42 if obj is None else obj.__dict__.get('_v', 7)

    def __set__(self, obj, v):
        obj.__dict__['_v'] = v


@dataclass
class D:
    d: int = Desc()


print(D(), D(5), D().d)


@dataclass(frozen=True)
class FP:
    a: int
    b: int = 0

    def __post_init__(self):
        object.__setattr__(self, 'b', self.a * 2)


print(FP(3), copy.copy(FP(1)), copy.deepcopy(S(1)), dataclasses.Field[int], copy.deepcopy(FP(2)) == FP(2))


@dataclass(slots=True)
class SB:
    a: int


@dataclass(slots=True)
class SD(SB):
    b: int = 0


print(SD(1, 2), SD.__slots__, SB.__slots__)
match SD(1, 2):
    case SD(a=1, b=b):
        print('kw', b)


@dataclass
class AB(abc.ABC):
    x: int

    @abc.abstractmethod
    def f(self):
        ...


try:
    AB(1)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Self_:
    self: int
    other: list = field(default_factory=list)


print(Self_(1), Self_(self=2).other, Self_.__init__.__annotations__)
