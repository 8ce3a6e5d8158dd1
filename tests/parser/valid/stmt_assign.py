# Plain assignment: single, chained, tuple/list targets, attribute and subscript targets.
a = 1
a = b = c = 2
a, b = 1, 2
a, b = b, a
(a, b) = (1, 2)
[a, b] = [1, 2]
(a) = 1
((a)) = 1
(a), (b) = 1, 2
a, = 1,
[a] = [1]
(a, (b, c)) = (1, (2, 3))
[a, [b, [c]]] = x
a.b = 1
a.b.c = 1
a[0] = 1
a[0][1] = 1
a().b = 1
a()[0] = 1
a[0].b = 1
a.b[0] = 1
f(x).y[z] = 1
a = b, c = d, e
a = yield_
x = [a, b] = (c, d) = e
() = ()
[] = []
a = (yield_ := 1)
a = lambda: 0
a = b if c else d
a, b.c, d[e], *f = g
a = b = c, d = e = f
x = y = z = []
match = case = _ = 0
type_ = 1
