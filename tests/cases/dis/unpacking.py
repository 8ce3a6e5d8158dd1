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


def unpack(seq, d):
    a, b = seq
    first, *middle, last = seq
    *init, tail = seq
    x = [*seq, *d]
    y = {**d, "k": 1}
    z = (*seq,)
    s = {*seq}
    return a, b, first, middle, last, init, tail, x, y, z, s


show(unpack)
print(unpack([1, 2], {}))
