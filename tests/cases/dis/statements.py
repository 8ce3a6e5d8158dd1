import dis

from disshow import Buffer, masked, show


counter = 0


def statements(x, y):
    global counter
    assert x, "x must be true"
    del y
    counter += 1
    x.attr = 5
    del x.attr
    x[1:2] = [3]
    del x[0]
    a, *b, c = x
    (d, e), f = x, 1
    raise ValueError("bad") from None


show(statements)
