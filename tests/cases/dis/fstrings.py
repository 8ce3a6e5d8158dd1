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


def formats(name, value, width):
    a = f"{name}"
    b = f"{name!r} = {value!s:>{width}}"
    c = f"{value:.3f} {name!a} {width:#x}"
    d = f"{'nested ' + f'{name}'}"
    e = f"{value=}"
    return a, b, c, d, e


show(formats)
print(formats("pi", 3.14159, 10))
for ins in dis.get_instructions(formats):
    if ins.opname == "FORMAT_VALUE":
        print(ins.offset, ins.arg, ins.argrepr, ins.argval[1], ins.argval[0] is None,
              ins.argval[0] in (str, repr, ascii))
