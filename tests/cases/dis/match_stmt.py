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


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def describe(subject):
    match subject:
        case 0 | 1:
            return "bit"
        case [x, *rest] if x > 0:
            return "list starting %d" % x
        case {"k": v, **others}:
            return "mapping %r" % (v,)
        case Point(0, y=yy):
            return "on axis %d" % yy
        case str() as s:
            return "str " + s
        case _:
            return "other"


show(describe)
for s in (1, [3, 4], {"k": 2}, Point(0, 5), "x", None):
    print(describe(s))
