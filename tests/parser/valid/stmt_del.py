# del statement with every kind of target.
del a
del a,
del a, b
del a, b,
del (a)
del (a,)
del (a, b)
del [a]
del [a,]
del [a, b]
del ()
del []
del a.b
del a.b.c
del a[0]
del a[0][1]
del a[1:2]
del a[::2], a[1, 2]
del a().b
del a()[0]
del (a.b)
del (a[0])
del (a, (b, [c, d.e]))
del [a, [b, (c,)]]
del a[b].c[d]
del f(x for x in y).z
del (a), (b)
del a.match, a.case, a._
del match, case, _
