def f(a, b, /, c, *, d):
    return a, b, c, d


print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)


def g(x, /, **kw):
    return x, kw


print(g(1, x=2), g(0))


def h(a=1, /, b=2):
    return a, b


print(h(), h(5), h(5, 6), h(b=7))
try:
    h(a=3)
except TypeError as e:
    print(type(e).__name__, e)


def p(a, b, /):
    return a * b


print(p(3, 4))
try:
    p(3)
except TypeError as e:
    print(type(e).__name__, e)
