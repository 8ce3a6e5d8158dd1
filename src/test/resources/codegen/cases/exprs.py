a = b + c * d - e / f // g % h ** i
a = -b, +c, ~d, not e
a = b << 1 | c >> 2 & d ^ e @ f
a = b and c or d and not e
a = b if c else d
a = b < c < d
a = b == c != d is e is not f in g not in h
a = x[1], x[1:2], x[::3], x[a:b, c], x[...]
a = b.c.d
a = [1, 2, 3], [b, *c], (1, 2, 3), (b, c), {1, 2, 3}, {b, c, *d}
a = {}, {1: 2}, {b: c, d: e}, {"x": 1, "y": 2}, {**b, 'c': 1}, {b: 1, **c, d: 2}
a = f"x{b}y{c!r:>{d}}" f'{e=}'
a = (yield_ := 5)
a = (b := c) + 1
a = [], (), set()
a = 1 if x else 2 if y else 3
a = x[b] + x.y[c](d)(e)
a = lambda: 0
a = lambda x, y=1, *z, w, **k: x + y
a = 1 + 2 * 3 - 4, 2 ** 10, "ab" * 3, 7 / 2, 7 // 2, -7 % 3, 1 << 100, 2 ** 1000
a = 1.5 + 2j, -0.0, 0.0, (1, 2) + (3, (4, 5))
del a, b[1], c.d
a.b = 1
a[b] = 2
a, b = c, d
a, b, c = d, e, f
a, b = b, a
[a, *b] = c
a = b = c = d
a += 1
a.b -= 2
a[b] *= 3
a[b:c] |= d
