def f(**kw: *b):
    pass
