def f():
    pass
@
