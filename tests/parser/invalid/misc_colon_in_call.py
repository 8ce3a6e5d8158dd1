f(a: int)
