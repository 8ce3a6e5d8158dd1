(a)
(a).b
(a)(b)
(a, b)
((a, b))
()
(yield)
f(x for x in y)
f((x for x in y))
f(x for x in y)(z for z in w)
a[1:2, 3]
a[1:2:3, ::, :]
a[1,]
a[*b]
a[b, *c]
a[x:=1]
x = a[(b)]
-(a)
not (a)
a if (b) else (c)
(a) + (b) * (c)
(a) < (b) < (c)
(a) and (b) or (c)
((a) and b)
lambda: (x)
lambda x, /, y=1, *z, w, v=2, **u: 0
await_ = 1
print >>f, x
x = yield
x = (yield from y)
*a, b = c
[a, *b] = c
(a), b = c
(a.b) = c
() = x
[] = x
x: int
(x): int = 1
x.y: int
x[0]: int = 2
x += 1
(x) -= 1
a.b *= c
a[b] @= c
del (a), [b], c.d, e[f]
del ()
del (a,)
