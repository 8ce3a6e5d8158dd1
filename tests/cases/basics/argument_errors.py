def f(a, b=1, *, c):
    return a + b + c


for args, kwargs in [((), {"c": 1}), ((1, 2, 3), {"c": 1}), ((1,), {}), ((1,), {"c": 1, "z": 2}),
                     ((1,), {"a": 1, "c": 2})]:
    try:
        f(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
