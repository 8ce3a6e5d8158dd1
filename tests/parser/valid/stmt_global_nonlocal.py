# global and nonlocal declarations in nested scopes.
global a
global a, b, c
x = 1


def f():
    global x
    x = 2

    def g():
        global x, y
        return x


def outer():
    a = b = c = 0

    def middle():
        nonlocal a
        a = 1

        def inner():
            nonlocal a, b
            nonlocal c
            a = b = c = 2
        return inner
    return middle


class C:
    global g1
    g1 = 1

    def m(self):
        global g2
        g2 = self


def h():
    match = 1

    def k():
        nonlocal match
        match = 2
    return k
