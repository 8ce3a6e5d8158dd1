def show():
    return len("abc")


print(show())
len = lambda s: -1
print(show())
del len
print(show())


def uses_min():
    return min(3, 1)


globals()["min"] = lambda *a: "global min"
print(uses_min())
del globals()["min"]
print(uses_min())
print(type(__builtins__).__name__ in ("module", "dict"))
