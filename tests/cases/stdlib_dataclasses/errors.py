# Error messages of misused dataclasses: field order, mutable defaults, conflicting options,
# frozen inheritance, overwritten methods, KW_ONLY, calls with bad arguments.
from dataclasses import dataclass, field, fields, KW_ONLY, InitVar
from typing import ClassVar


@dataclass
class P:
    x: int
    y: int = 0


srcs = ["@dataclass\nclass B:\n    x: int = 1\n    y: int\n",
        "@dataclass\nclass B:\n    x: list = []\n",
        "@dataclass\nclass B:\n    a: dict = {}", "@dataclass\nclass B:\n    a: set = set()",
        "@dataclass(order=True, eq=False)\nclass B:\n    x: int\n",
        "@dataclass\nclass B:\n    x: int = field(default=1, default_factory=int)\n",
        "@dataclass(frozen=True)\nclass B(P):\n    z: int = 0\n",
        "@dataclass(frozen=True)\nclass F:\n    a: int\n@dataclass\nclass B(F):\n    b: int = 0",
        "@dataclass(order=True)\nclass B:\n    x: int\n    def __lt__(self, o): return True\n",
        "@dataclass(weakref_slot=True)\nclass B:\n    a: int",
        "@dataclass(slots=True)\nclass B:\n    __slots__ = ('a',)\n    a: int",
        "@dataclass\nclass B:\n    a: InitVar[int] = field(default_factory=list)",
        "@dataclass\nclass B:\n    a: ClassVar[int] = field(default_factory=list)",
        "@dataclass(unsafe_hash=True)\nclass B:\n    a: int\n    def __hash__(self): return 1",
        "@dataclass(frozen=True)\nclass B:\n    a: int\n    def __setattr__(s, k, v): pass",
        "@dataclass(frozen=True)\nclass B:\n    a: int\n    def __delattr__(s, k): pass",
        "@dataclass\nclass B:\n    a: int\n    _: KW_ONLY\n    __: KW_ONLY",
        "@dataclass\nclass B:\n    a: int = field(kw_only=True)\n    b: int\nprint(B(1, a=2))",
        "@dataclass\nclass B:\n    a: int = field(init=False)\n    b: int = 3\nprint(B())",
        "@dataclass\nclass B:\n    a: int = field(init=False)\nprint(B())",
        "@dataclass\nclass B:\n    x: int\n    x = field(default=1)",
        "@dataclass\nclass B:\n    x = field(default=1)",
        "@dataclass(unsafe_hash=True, frozen=True)\nclass B:\n    a: int\nprint(hash(B(1)) == hash((1,)))",
        "@dataclass(eq=True)\nclass B:\n    a: int\n    __hash__ = None\nprint(B.__hash__)",
        "@dataclass\nclass B:\n    a: int\n    def __hash__(self): return 7\nprint(hash(B(1)))",
        "field(default=1, default_factory=list)", "P(1, y=2, x=3)", "P(z=1)", "P()", "P(1, 2, 3)",
        "dataclass(1, 2)", "@dataclass(bogus=True)\nclass B: pass"]
for src in srcs:
    try:
        exec(src)
        print('ok')
    except (TypeError, ValueError, AttributeError, NameError) as e:
        print(type(e).__name__, e)
