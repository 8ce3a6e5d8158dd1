def f(**kw, *):
    pass
