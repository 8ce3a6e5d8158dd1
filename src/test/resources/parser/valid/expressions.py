x = a or b and not c
x = a < b <= c > d >= e == f != g in h not in i is j is not k
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
x = -a ** -b ** ~c
x = +a
x = await a ** b
x = a.b.c(d)[e]
x = a if b else c if d else e
x = lambda: lambda: 0
x = (a := 1, b := 2)
x = [y := 1, *z]
x = {a: b, **c, d: e}
x = {a, *b}
x = {}
x = {a: b for a, b in c if d}
x = {a for a in b}
x = [a for a in b for c in d if e]
x = (a async for a in b)
x = f(a, *b, c=d, *e, **f, g=h)
x = f(a)(b)(c)
x = f(*a, **b)
x = f(a=1, **b, c=2)
x = ...
x = 1, 2,
x = *a, *b
x = "a" 'b' """c"""
x = 1_000 + 0x_ff + 0o7 + 0b1 + 1e10 + 1.5j + 10**100
x = a[b][c](d).e
x = not not a
x = (((a)))
x = a[1:2][::2][:]
x = f'{a!r:>{b}}'
x = True, False, None
