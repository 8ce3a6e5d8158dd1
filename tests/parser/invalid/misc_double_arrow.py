def f() -> int -> int:
    pass
