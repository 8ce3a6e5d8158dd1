e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)


def f():
    try:
        1 / 0
    except ZeroDivisionError as err:
        saved = err
    return saved, "err" in locals()


s, present = f()
print(type(s).__name__, present)
