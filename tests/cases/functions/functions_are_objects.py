def square(x):
    return x * x


def cube(x):
    return x ** 3


table = {"sq": square, "cube": cube, "neg": lambda x: -x}
print({name: fn(3) for name, fn in table.items()})
funcs = [square, cube]
print([f(2) for f in funcs], [f.__name__ for f in funcs])
alias = square
del square
print(alias(5), alias.__name__)


def apply_all(fs, v):
    return [f(v) for f in fs]


print(apply_all(table.values(), 4))
print(sorted(table.values(), key=lambda f: f(2))[0] is table["neg"])
print(type(cube) is type(lambda: 0), cube == cube, cube != alias)
