from __future__ import annotations
a: 1 + 2 * 3 - (4 - 5) ** 2 ** 3
b: (-x) ** 2 + -x ** 2 + (not x) + ~x
c: x if y else z
d: lambda: 0
e: lambda a, b=1, *c, d, e=2, **f: a
f: lambda a, /, b: a
g: [1, 2] + (1,) + () + (1, 2) + {1: 2, **x} + {1, 2} + {*()}
h: [x for x in y if z] + {x: y for x, y in z} + {x async for x in y} + (x for x in y)
i: f(x for x in y) + f(a, *b, c=1, **d)
j: x[1:2, ::3] + x[1:] + x[:] + x[a, b] + x[(a, b)] + x[()] + x[a,]
k: a.b.c + 1 .real + 1.5.real + "s".x
l: "str" + b"bytes" + 'q"uote' + "it's"
m: 1e309 + -1e309 + 1e309j + 1.5 + 10**20 + 0.1 + ...
n: a < b <= c == d != e > f >= g is h is not i in j not in k
o: a and b or c and not d
r: f"a{x!r:>{w}}b" + f"{x=}" + f"{{}}"
s: a | b & c ^ d << e >> f // g % h @ i / j
v: x[*a]
def fn(a: int = 1, *args: *Ts, k: dict[str, int] = {}, **kw: Any) -> list[int]: pass
