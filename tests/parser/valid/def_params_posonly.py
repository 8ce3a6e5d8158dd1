# Positional-only parameters (PEP 570) in every combination.
def f(a, /): pass
def f(a, /,): pass
def f(a, b, /): pass
def f(a, /, b): pass
def f(a, /, b,): pass
def f(a, /, b=1): pass
def f(a=1, /): pass
def f(a=1, /, b=2): pass
def f(a, b=1, /, c=2): pass
def f(a, /, *args): pass
def f(a, /, **kw): pass
def f(a, /, *, b): pass
def f(a, /, *args, b, **kw): pass
def f(a, b=1, /, c=2, *args, d, e=3, **kw): pass
def f(a, /, b, *, c): pass
def f(a: int, /, b: str = "") -> None: pass
def f(a=1, b=2, /, *, c): pass
def f(a, b, /, c, d, *, e, f): pass
def f(a, /, *, b=1,): pass
def f(a=1, /,): pass
def f(self, /, *args, **kwargs): pass
