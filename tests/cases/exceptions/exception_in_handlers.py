def risky(kind):
    try:
        if kind == "value":
            raise ValueError("v")
        return "fine"
    except ValueError:
        raise TypeError("handler failed")
    finally:
        print("cleanup", kind)


for k in ("ok", "value"):
    try:
        print(risky(k))
    except TypeError as e:
        print("caught", e, "with context", repr(e.__context__))
try:
    try:
        raise KeyError("a")
    finally:
        print("finally before propagation")
except KeyError as e:
    print("propagated", e)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise
    finally:
        print("finally with bare raise")
except KeyError as e:
    print("outer", repr(e))
