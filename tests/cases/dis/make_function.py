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


def factory(x):
    def a(p=1, *, q=2):
        return p + q

    def b(r: int, s: "str" = "s") -> bool:
        return x

    c = lambda *args, **kw: (args, kw, x)
    return a, b, c


show(factory)
for ins in dis.get_instructions(factory):
    if ins.opname == "MAKE_FUNCTION":
        print(ins.arg, ins.argrepr)
