# Primary expressions: chains of attribute, call, subscript and genexp-call.
a.b.c
a(b)(c)
a[b][c]
a.b(c)[d]
a[b].c(d)
a(b).c[d]
a(x for x in y)(z)
a(x for x in y).b
a(x for x in y)[0]
a.b.c.d.e.f.g.h.i.j
a()()()()
a[0][1][2][3]
(a)()
(a).b()
(a.b)()
[a][0]
[a].b
{a: b}[a]
"s".join(a)
b"s".join(a)
(1).bit_length()
1.0.hex()
1j.real
f"{a}".upper()
x = a.b(c=d)[e:f](g)
