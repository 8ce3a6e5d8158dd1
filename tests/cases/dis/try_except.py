import dis


class Buffer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


def masked(text):
    # object addresses differ from run to run; the main script's file name is absolute in CPython
    parts = text.replace(__file__, __file__.split("/")[-1]).split(" at 0x")
    return parts[0] + "".join(" at 0x?" + p.lstrip("0123456789abcdef") for p in parts[1:])


def show(x, **kw):
    b = Buffer()
    dis.dis(x, file=b, **kw)
    print(masked("".join(b.parts)), end="")


def handlers(x):
    try:
        y = 1 / x
    except ZeroDivisionError as e:
        print("zero", e)
        y = 0
    except (TypeError, ValueError):
        y = -1
    else:
        y += 1
    finally:
        print("done")
    try:
        raise KeyError(x)
    except KeyError:
        pass
    return y


show(handlers)
print(handlers(2), handlers(0), handlers("a"))
for e in dis._parse_exception_table(handlers.__code__):
    print(e.start, e.end, e.target, e.depth, e.lasti)
