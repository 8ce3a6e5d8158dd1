# Function definitions with plain positional parameters, defaults, *args and **kwargs.
def f(): pass
def f(a): pass
def f(a,): pass
def f(a, b): pass
def f(a, b,): pass
def f(a=1): pass
def f(a=1,): pass
def f(a, b=1): pass
def f(a, b=1, c=2): pass
def f(*args): pass
def f(*args,): pass
def f(**kwargs): pass
def f(**kwargs,): pass
def f(*args, **kwargs): pass
def f(a, *args): pass
def f(a, **kwargs): pass
def f(a, b=1, *args, **kwargs): pass
def f(a=lambda: 0): pass
def f(a=(1, 2), b=[3], c={4: 5}): pass
def f(a=f(x)(y)): pass
def f(a=b if c else d): pass
def f(a=not b): pass
def f(
    a,
    b=1,
    *args,
    **kwargs,
):
    pass
def f(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z): pass
