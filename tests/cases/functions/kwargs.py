def f(**kw):
    return kw


print(f(), f(a=1), f(a=1, b=2), f(**{"x": 1}, y=2), f(**{}, **{"z": 3}))


def g(a, b=0, **kw):
    return a, b, sorted(kw.items())


print(g(1), g(1, 2, c=3), g(a=1, z=9), g(**{"a": 5, "b": 6, "c": 7}))
opts = {"sep": "-", "end": "!\n"}
print(1, 2, 3, **opts)
try:
    g(1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)


def h(*args, **kwargs):
    return args, kwargs


print(h(1, 2, x=3), h(*[1], **{"y": 2}), h())
