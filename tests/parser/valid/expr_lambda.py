# Lambda expressions with every kind of parameter list.
f0 = lambda: 0
f1 = lambda x: x
f2 = lambda x, y: x + y
f3 = lambda x=1: x
f4 = lambda x, y=2: x
f5 = lambda *args: args
f6 = lambda **kw: kw
f7 = lambda *args, **kw: (args, kw)
f8 = lambda x, *, y: y
f9 = lambda x, *, y=1, z: z
f10 = lambda a, /: a
f11 = lambda a, /, b: b
f12 = lambda a, b=1, /, c=2: c
f13 = lambda a=1, /, b=2, *c, d, e=3, **f: f
f14 = lambda *, a: a
f15 = lambda *a, b: b
f16 = lambda a, b, /, c, d, *e, f, g, **h: 0
f17 = lambda a,: a
f18 = lambda *a,: a
f19 = lambda **a,: a
f20 = lambda a, /,: a
f21 = lambda: (yield)
f22 = lambda: lambda: lambda: 0
f23 = lambda x: lambda y: x + y
f24 = lambda x=lambda: 1: x
f25 = (lambda: 0)()
f26 = lambda a=1, b=2, /, *, c=3: a
f27 = lambda a, b=2, *args, c, d=4, **kw: (a, b, args, c, d, kw)
f28 = lambda: x if y else z
f29 = lambda *, a=1, b: b
