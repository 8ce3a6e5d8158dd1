a, *b, c = x
(a, (b, c)), d = x
[a, b] = x
a, = x
a.b, c[d], *e = x
for a, (b, *c) in x: pass
a = b = c.d = e[f] = g
x: int
x.y: int = 1
x[0]: int = 2
(z): int = 3
def f():
    v: int
    w: list = []
    v.a: int
a[1:2] = b
a[1:2, ::3] = b
del a[1:2], a.b, (c, d), [e]
x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1; x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x @= 1
