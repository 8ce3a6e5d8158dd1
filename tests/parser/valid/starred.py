# Star expressions in assignment targets, displays, calls, returns and for loops.
*a, = b
a, *b = c
*a, b = c
a, *b, c = d
[a, *b] = c
(a, *b) = c
[*a] = b
(*a,) = b
a, (b, *c), d = e
a, [*b, c] = d
x = *a, *b
x = *a,
x = [*a, *b]
x = {*a, *b}
for *a, b in c:
    pass
for a, *b in c:
    pass


def f():
    return *a, b


def g():
    yield *a, b


print(*a, *b)
print(*(a + b))
print(*a.b, *a[0], *f())
x = [*range(3), *"abc"]
a[0], *a[1:] = b
a.b, *c.d = e
