class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return None

    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print("suppressed", t.__name__, v)
            return True
        return None


with Suppress(KeyError, IndexError):
    [][1]
with Suppress(KeyError):
    {}["x"]
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("escaped", e)


def loop():
    out = []
    for i in range(5):
        with Suppress(ValueError):
            if i == 1:
                continue
            if i == 2:
                raise ValueError(i)
            if i == 4:
                break
            out.append(i)
    return out


print(loop())


class ExitReplaces:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError("from exit")


try:
    with ExitReplaces():
        raise ValueError("original")
except RuntimeError as e:
    print(e, "context:", repr(e.__context__))
