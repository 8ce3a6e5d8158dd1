def f(x):
    return g(x)


def g(x):
    raise KeyError(x)


print("before")
f("missing")
print("never")
