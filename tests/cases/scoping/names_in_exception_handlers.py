def f():
    try:
        raise ValueError("x")
    except ValueError as err:
        msg = str(err)
    return msg, "err" in dir()


print(f())
err = "module level"
try:
    raise KeyError("k")
except KeyError as err:
    pass
print("err" in globals())


def g():
    e = 1
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except UnboundLocalError as ue:
        return "UnboundLocalError: " + str(ue)


print(g())
