# Function bodies: docstrings, nested functions, return forms, one-line bodies.
def f():
    """Docstring."""


def g():
    return


def h():
    return 1


def i():
    return 1, 2


def j():
    return *a, b


def k():
    def inner():
        def innermost():
            return 0
        return innermost
    return inner


def l(): return 1
def m(): x = 1; return x
def n(): ...


def o():
    pass
    pass


def p(a,
      b,
      c):
    return a + \
        b + c


def q():
    return lambda: (yield)


def r():
    return (yield)


def match(): pass
def case(): pass
def _(): pass
