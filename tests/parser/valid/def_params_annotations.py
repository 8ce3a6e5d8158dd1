# Parameter and return annotations, including starred annotations for *args (PEP 646).
def f(a: int): pass
def f(a: int = 1): pass
def f(a: int, b: str = "x") -> bool: pass
def f() -> None: pass
def f() -> "forward": pass
def f() -> list[int]: pass
def f() -> lambda: 0: pass
def f() -> a if b else c: pass
def f(*args: int): pass
def f(**kwargs: str): pass
def f(*args: *Ts): pass
def f(*args: *tuple[int, ...]): pass
def f(*args: *Ts, **kw: int): pass
def f(*args: *Ts, a: int = 1): pass
def f(a: int, /, b: int, *args: *Ts, c: int, **kw: int) -> int: pass
def f(a: (yield_)): pass
def f(a: dict[str, int] = {}, *, b: int | None = None): pass
def f(a: "A" = None) -> "B": pass
def f(a: x.y.z) -> x.y.z: pass
def f(a: x[0]): pass
