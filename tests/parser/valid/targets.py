# Assignment targets built from t_primary chains: calls, genexps, subscripts, attributes.
f().x = 1
f()[0] = 1
f(a)(b).c = 1
f(x for x in y).z = 1
a[1:2].b = 1
a[b][c].d[e] = 1
a.b.c.d = 1
(a.b) = 1
(a[0]) = 1
((a.b).c) = 1
(a).b = 1
(a)[0] = 1
[a.b, c[d]] = e
(a.b, c[d]) = e
a.b, c[d] = e
[(a)] = b
[(a.b)] = c
((a, b), [c, d]) = e
[*a.b] = c
[*a[0]] = c
*a.b, c = d
a, *b[0] = c
"x".y = 1
1 .real.x = 2 if False else 0
[a, b][0] = c
{a: b}[c] = d
(a, b)[0] = c
f"{x}".y = 1
None.x = 1
...[0] = 1
for f().x in y: pass
for a[0], b.c in d: pass
with a as f().x: pass
with a as (b[0], c.d): pass
[x for f().x in y]
