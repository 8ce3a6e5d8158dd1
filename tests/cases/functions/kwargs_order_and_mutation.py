def f(**kw):
    kw["added"] = True
    return list(kw)


source = {"z": 1, "a": 2}
print(f(**source), source)
print(f(m=1, b=2, **{"y": 3}))


def g(*args):
    return args


lst = [1, 2]
t = g(*lst)
lst.append(3)
print(t, lst)


def h(a, **rest):
    return a, rest


print(h(**{"a": 1, "b": 2}), h(1, **{}))
