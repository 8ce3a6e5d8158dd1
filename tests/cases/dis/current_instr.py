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


def f(a):
    b = a + 1
    return b * 2


co = f.__code__
for lasti in (0, 6, 12, 100):
    b = Buffer()
    dis.disassemble(co, lasti, file=b)
    print("".join(b.parts), end="")
    print("--")
b = Buffer()
dis.disco(co, file=b)
print("".join(b.parts), end="")
ins = list(dis.get_instructions(f))[3]
print(ins._disassemble())
print(ins._disassemble(lineno_width=0, mark_as_current=True, offset_width=8))
print(ins._disassemble(5, False, 2))
