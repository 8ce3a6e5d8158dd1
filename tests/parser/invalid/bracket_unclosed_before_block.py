if f(x:
    pass
