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


def gen(n):
    for i in range(n):
        received = yield i
        if received:
            print("got", received)
    yield from range(2)
    return "end"


show(gen)
g = gen(2)
print(next(g))
print("--- running generator, at its yield")
show(g)
print(g.gi_frame.f_lasti, g.send("x"))
ge = (i * i for i in range(3))
show(ge)
print(list(ge))
