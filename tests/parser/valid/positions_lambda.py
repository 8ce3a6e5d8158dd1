# Positions of lambdas and their arguments.
f = lambda: 0
f = lambda a: a
f = lambda a, b=1, *c, d, e=2, **f: 0
f = lambda a, /, b: 0
f = lambda *, a: 0
f = (lambda
     a:
     a)
f = lambda a=(
    1): a
f = lambda é, ü: é
f = [lambda: 0, lambda x: x]
f = lambda: lambda: 0
f = lambda a: (yield)
