def f():
    x = g(1,
    return x
