for bad in (5, "text", None, object, int):
    try:
        raise bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print("class raised, instance caught:", repr(e))


class NotExc:
    pass


try:
    try:
        raise ValueError("x")
    except NotExc:
        pass
except TypeError as e:
    print(type(e).__name__, e)
