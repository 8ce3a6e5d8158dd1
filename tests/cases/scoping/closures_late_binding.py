def make_multipliers():
    return [lambda x: i * x for i in range(4)]


print([m(2) for m in make_multipliers()])


def make_bound():
    return [lambda x, i=i: i * x for i in range(4)]


print([m(2) for m in make_bound()])


def counter_factory():
    funcs = {}
    for name in ("a", "b"):
        def f(name=name):
            return name.upper()
        funcs[name] = f
    return funcs


fs = counter_factory()
print(fs["a"](), fs["b"]())


def changing():
    v = "before"
    f = lambda: v
    v = "after"
    return f()


print(changing())
