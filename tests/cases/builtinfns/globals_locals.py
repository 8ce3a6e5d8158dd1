x = 10
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1), "x" in globals(), globals()["x"], globals() is globals())
def g():
    y = 1
    def h():
        return y
    return sorted(locals())
print(g())
class K:
    z = 1
    names = sorted(locals())
print(K.names)
globals()["dyn"] = "made dynamically"
print(dyn)
def modify():
    loc = 1
    locals()["loc"] = 2
    return loc
print(modify())
print(sorted(k for k in globals() if not k.startswith("__")))
