@*d
def f():
    pass
