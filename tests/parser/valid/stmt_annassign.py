# Annotated assignments: simple names, parenthesized names, attribute and subscript targets.
a: int
b: int = 1
c: list[int] = []
d: "forward" = None
(e): int = 1
(f): int
g.h: int
g.h: int = 1
i[0]: int
i[0]: int = 1
j.k.l: str = "s"
m: int = 1, 2
n: tuple = *o, p
q: lambda: 0 = lambda: 0
r: a if b else c
s: dict[str, list[int]] = {}
t: int | None = None
u: (yield_) = 1
((v)): int = 2
w.x[0].y: float = 1.0
z: x[0:1]


def f():
    a: int
    b: int = 1
    (c): int = yield
    d: int = yield 1
    e: int = yield from f
    nonlocal_: int
    return a


class C:
    x: int
    y: str = ""
    z: "C" = None
    match: int = 1
