# Corner cases: decorating twice, bare InitVar, string ClassVar/KW_ONLY, slots with ClassVar,
# frozen slots pickling state, custom metaclasses, match_args=False, custom __eq__.
import dataclasses
from dataclasses import *
from typing import ClassVar
def tr(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def ex(src):
    try:
        exec(src, globals())
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
ex("@dataclass\n@dataclass\nclass T2:\n    x: int = 1\nprint(T2(), T2.__init__.__qualname__)")
ex("@dataclass\nclass T3:\n    __slots__ = ('x',)\n    x: int = 1")
ex("@dataclass\nclass T4:\n    x: InitVar\n    def __post_init__(self, x): print('pi', x)\nT4(5)")
ex("@dataclass\nclass T5:\n    x: InitVar[int]\nprint(replace(T5(1)))")
ex("field(1)")
ex("@dataclass(slots=True)\nclass T6:\n    x: int = 1\n    y: ClassVar[int] = 2\nprint(T6(), T6.y, T6.__slots__)")
ex("@dataclass(slots=True, frozen=True)\nclass T7:\n    x: int\nimport copy\nprint(copy.copy(T7(1)), T7(1).__getstate__())")
ex("@dataclass\nclass T8:\n    x: int\n    def __post_init__(self, extra): pass\nT8(1)")
ex("@dataclass\nclass T9:\n    x: int = field(default_factory=lambda: 3, init=False)\nprint(T9(), T9.__init__.__defaults__)")
ex("@dataclass(init=False)\nclass T10:\n    x: int = 1\nprint(T10(), T10.__match_args__)")
ex("@dataclass\nclass T11:\n    a: 'ClassVar[int]' = 5\n    b: int = 1\nprint(T11(), [f.name for f in fields(T11)])")
ex("@dataclass\nclass T12:\n    a: 'dataclasses.KW_ONLY'\n    b: int\nprint(T12(b=1))")
ex("class Meta(type): pass\n@dataclass\nclass T13(metaclass=Meta):\n    a: int\nprint(T13(1), type(T13))")
ex("@dataclass\nclass T14:\n    a: int\nT14.__init__(T14.__new__(T14), 1, 2)")
ex("@dataclass(frozen=True)\nclass T15:\n    a: int\nt = T15(1)\nobject.__setattr__(t, 'a', 2)\nprint(t)")
ex("@dataclass\nclass T16:\n    a: int\n    b: int = 2\nprint(astuple(T16(1)), asdict(T16(1)), T16(1) == T16(1, 2), T16(1) == T16(1, 3))")
ex("@dataclass(match_args=False)\nclass T17:\n    a: int\nmatch T17(1):\n    case T17(a=1): print('m')")
ex("@dataclass\nclass T18:\n    a: list = field(default_factory=list)\n    def __eq__(self, o): return 'custom'\nprint(T18() == T18(), T18.__hash__)")
