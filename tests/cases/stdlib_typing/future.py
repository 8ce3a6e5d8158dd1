# Postponed annotations (from __future__ import annotations) read back with get_type_hints;
# a generic NamedTuple.
from __future__ import annotations
from typing import NamedTuple, Generic, TypeVar, Optional, List, get_type_hints, ClassVar, Callable

T = TypeVar('T')


class Node:
    value: int
    next: Optional[Node] = None
    children: List[Node]
    count: ClassVar[int] = 0
    f: Callable[[int], Node]


def walk(n: Node, depth: int = 0) -> List[Node]:
    return []


print(Node.__annotations__, walk.__annotations__)
print(get_type_hints(Node))
print(get_type_hints(walk))


class G(NamedTuple, Generic[T]):
    x: T
    y: int = 0


print(G(1), G[int], G.__mro__, G.__parameters__, get_type_hints(G), G[str](x='a'), G._fields)
