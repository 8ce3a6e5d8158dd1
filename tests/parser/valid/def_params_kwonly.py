# Keyword-only parameters after a bare * or after *args.
def f(*, a): pass
def f(*, a,): pass
def f(*, a=1): pass
def f(*, a, b=1): pass
def f(*, a=1, b): pass
def f(*, a, **kw): pass
def f(*, a, **kw,): pass
def f(x, *, a): pass
def f(x=0, *, a): pass
def f(*args, a): pass
def f(*args, a=1, b): pass
def f(*args, a, **kw): pass
def f(x, *args, a, b=2, c, **kw): pass
def f(*, a: int = 1, b: str): pass
def f(x, y=1, *, z): pass
def f(*, match, case, _): pass
def f(
    *,
    a,
    b=1,
): pass
