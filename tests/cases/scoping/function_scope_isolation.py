def f():
    local_only = "inside"
    return local_only


f()
try:
    local_only
except NameError as e:
    print(type(e).__name__, e)


def g(param):
    param = param * 2
    return param


val = 5
print(g(val), val)


def h():
    if False:
        never = 1
    return "never" in locals()


print(h())


def params_are_locals(a, *args, kw=1, **kws):
    return sorted(locals())


print(params_are_locals(1, 2, x=3))
