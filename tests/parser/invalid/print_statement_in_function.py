def f():
    print f
