def f():
    return return
