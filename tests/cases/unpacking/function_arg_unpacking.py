def f(a, b, c):
    return a * 100 + b * 10 + c


args = [1, 2, 3]
print(f(*args), f(*args[:2], 9), f(*"1", *[2], **{"c": 3}) if False else f(1, *[2], **{"c": 3}))
kw = {"a": 4, "b": 5, "c": 6}
print(f(**kw), f(7, **{"b": 8, "c": 9}))


def collect(*args, **kwargs):
    return args, kwargs


print(collect(*range(3), *"ab"), collect(**{"x": 1}, **{"y": 2}))
point = (3, 4)


def dist(x, y):
    return (x * x + y * y) ** 0.5


print(dist(*point), dist(**dict(zip("xy", point))))
try:
    f(*[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*[1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)
