# Data classes that are generic, frozen generics (no __orig_class__), protocols as bases.
from dataclasses import dataclass, field, fields
from typing import Generic, TypeVar, Protocol, List, ClassVar, runtime_checkable, get_type_hints
T = TypeVar('T')
@dataclass
class Box(Generic[T]):
    item: T
    items: List[T] = field(default_factory=list)
b = Box[int](1)
print(b, b.__orig_class__, Box.__parameters__, Box[str]('s'), get_type_hints(Box), Box.__doc__)
@dataclass(frozen=True)
class FBox(Generic[T]):
    item: T
fb = FBox[int](2)
print(fb, hasattr(fb, '__orig_class__'), FBox.__mro__)
@runtime_checkable
class HasItem(Protocol):
    item: int
print(isinstance(b, HasItem), isinstance(3, HasItem))
class P(Protocol):
    def __init__(self, x): self.x = x
class C(P): pass
print(C(1).x)
@dataclass
class D(P):
    y: int = 0
print(D(), D(3))
@dataclass
class E:
    x: int
    cv: ClassVar[List[int]] = []
print(E(1), E.cv, [f.name for f in fields(E)])
