def f(*,):
    pass
