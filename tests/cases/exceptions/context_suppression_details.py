def convert(x):
    try:
        return int(x)
    except ValueError:
        return None


try:
    try:
        raise KeyError("first")
    except KeyError:
        convert("oops")
        raise TypeError("second")
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__context__.__context__)
try:
    try:
        raise KeyError("a")
    except KeyError as ke:
        err = ke
    raise ValueError("after handler")
except ValueError as e:
    print("context after handler finished:", e.__context__)
try:
    try:
        raise OSError("inner")
    finally:
        pass
except OSError as e:
    print("finally does not set context:", e.__context__)
