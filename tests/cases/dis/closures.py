import dis


class Buffer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


def masked(text):
    # object addresses differ from run to run; the main script's file name is absolute in CPython
    parts = text.replace(__file__, __file__.split("/")[-1]).split(" at 0x")
    return parts[0] + "".join(" at 0x?" + p.lstrip("0123456789abcdef") for p in parts[1:])


def show(x, **kw):
    b = Buffer()
    dis.dis(x, file=b, **kw)
    print(masked("".join(b.parts)), end="")


def outer(a, b):
    c = a + b

    def middle(d):
        nonlocal c
        c += d

        def inner():
            return a, c, d
        return inner
    return middle


show(outer)
co = outer.__code__
print(co.co_varnames, co.co_cellvars, co.co_freevars)
mid = outer(1, 2)
print(mid.__code__.co_cellvars, mid.__code__.co_freevars)
inner = mid(3)
print(inner.__code__.co_freevars, inner())
show(inner)


def make(v):
    class K:
        w = v

        def f(self):
            return __class__
    return K


show(make)
show(make(1).f)
