# The generated __doc__: the signature of __init__ with annotations and defaults as inspect shows them.
from dataclasses import dataclass, field, KW_ONLY, InitVar
from typing import Optional, List, ClassVar
import typing, collections
@dataclass
class Rec:
    name: str
    child: Optional['Rec'] = None
    others: List[int] = field(default_factory=list)
    a: 'int' = 3
    b: collections.OrderedDict = None
    c: InitVar[int] = 1
    d: ClassVar[int] = 3
    _: KW_ONLY
    e: typing.Any = 1
    f: list[int] = None
    g: int | None = None
    h: 'x' = field(default=2, init=False)
print(Rec.__doc__)
@dataclass(init=False)
class N:
    a: int
print(N.__doc__)
