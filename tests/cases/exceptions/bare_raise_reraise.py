def handler():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise


try:
    handler()
except ValueError as e:
    print("outer got", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)


def nested_reraise():
    try:
        raise KeyError("inner")
    except KeyError:
        try:
            raise TypeError("other")
        except TypeError:
            pass
        raise


try:
    nested_reraise()
except KeyError as e:
    print("re-raised", repr(e))
err = None
try:
    raise IndexError("saved")
except IndexError as e:
    err = e
try:
    raise err
except IndexError as e:
    print("raised saved instance", e, e is err)
