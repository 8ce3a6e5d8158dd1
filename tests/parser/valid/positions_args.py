# Positions of function parameters with annotations and defaults.
def f(a, b: int, c=1, d: str = "x", *e, f, g: int = 2, **h): pass
def f(a, /, b): pass
def f(*args: int, **kwargs: str): pass
def f(*args: *Ts): pass
def f(
    a: int,
    b: str = "",
    *,
    c: float = 0.0,
): pass
def f(é: ü = ö, *ß: ç): pass
def f(a: (int) = (1)): pass
def f(self, *, key=lambda x: x): pass
class C:
    def m(self, /, other, *args, flag=False, **opts) -> "C": pass
