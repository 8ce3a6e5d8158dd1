#!/usr/bin/env python3
"""A small, realistic module mixing many constructs."""
from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterable, Iterator
from typing import Any, Generic, TypeVar

T = TypeVar("T")
__all__ = ["Stack", "main"]


@dataclasses.dataclass(frozen=True)
class Item(Generic[T]):
    value: T
    weight: float = 1.0

    def __post_init__(self) -> None:
        if self.weight < 0:
            raise ValueError(f"negative weight: {self.weight!r}")


class Stack(Generic[T]):
    """A LIFO stack."""

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._items: list[T] = list(items)

    def push(self, item: T, /) -> None:
        self._items.append(item)

    def pop(self) -> T:
        try:
            return self._items.pop()
        except IndexError:
            raise LookupError("pop from empty stack") from None

    def __iter__(self) -> Iterator[T]:
        yield from reversed(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        inner = ", ".join(map(repr, self))
        return f"{type(self).__name__}([{inner}])"


def describe(obj: Any) -> str:
    match obj:
        case Stack() if not len(obj):
            return "empty stack"
        case Stack():
            return f"stack of {len(obj)}"
        case Item(value=str() as s):
            return f"text item {s!r}"
        case [first, *rest]:
            return f"sequence starting with {first} (+{len(rest)})"
        case {"kind": kind, **others}:
            return f"{kind} with {sorted(others)}"
        case _:
            return "unknown"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    stack: Stack[str] = Stack()
    for arg in argv:
        if (n := len(arg)) > 10:
            print(f"{arg[:10]}... ({n} chars)", file=sys.stderr)
            continue
        stack.push(arg)
    while stack:
        print(describe(stack), stack.pop(), sep=": ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
