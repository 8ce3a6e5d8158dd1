# Attribute access, subscription and call chains.
a.b
a.b.c.d
a.b().c
a.b[0].c
a().b()
a[0][1][2]
a[0].b[1].c
(a).b
(a.b).c
a.b.c = 1
a[0].b = 2
a.b[0] = 3
del a.b, a[0]
x = a.b.c.d.e.f.g
x = 1 .real
x = 1.0.real
x = 1j.imag
x = "s".upper()
x = b"s".decode()
x = [1, 2].count(1)
x = (1, 2).index(2)
x = {1: 2}.get(1)
x = {1}.pop()
x = f"{a}".strip()
x = ...  .__class__
x = None.__class__
x = True.real
x = a.match.case._
x = a.if_.else_
x = a.True_
