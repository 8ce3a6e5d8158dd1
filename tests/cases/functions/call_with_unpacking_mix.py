def show(*args, **kwargs):
    return f"{args} {dict(sorted(kwargs.items()))}"


a = [1, 2]
k = {"x": 1}
print(show(0, *a, 3, *a, y=2, **k, z=3))
print(show(*(), **{}))
print(show(*range(3), *"ab", **dict(q=1), **{"r": 2}))
print(show(*[[1, 2]], **{"s": [3]}))
try:
    show(**k, **k)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
