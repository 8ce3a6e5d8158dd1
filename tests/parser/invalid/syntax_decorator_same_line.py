@d def f():
    pass
