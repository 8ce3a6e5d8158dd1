def f(a, *, b, c=3):
    return a, b, c


print(f(1, b=2), f(1, b=2, c=4), f(a=0, c=1, b=9))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)


def g(*args, key=None, **rest):
    return args, key, rest


print(g(1, 2, key="k", other=1), g(key=5), g())


def h(*, only):
    return only


print(h(only="yes"))
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
try:
    h("positional")
except TypeError as e:
    print(type(e).__name__, e)
print(f.__kwdefaults__, h.__kwdefaults__)
