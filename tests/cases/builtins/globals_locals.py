top = 1


def f(a, b=2):
    c = a + b
    return sorted(locals().items())


print(f(1))
g = globals()
print(g["top"], "f" in g, g["__name__"])
g["injected"] = "via globals"
print(injected)


def read_global():
    return globals()["top"] + 1


print(read_global())


class K:
    x = 1
    names = sorted(k for k in locals() if not k.startswith("__"))


print(K.names)
