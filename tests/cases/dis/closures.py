import dis

from disshow import Buffer, masked, show


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
