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


def target(x):
    y = x * 2
    if y > 3:
        y -= 1
    return y


bc = dis.Bytecode(target)
print(repr(bc).startswith("Bytecode(<function target at 0x"))
print(bc.first_line, bc.current_offset, bc.show_caches, bc.adaptive, bc.codeobj is target.__code__)
print([i.opname for i in bc])
print(bc.dis(), end="")
print(masked(bc.info()))
bc2 = dis.Bytecode(target, first_line=10, current_offset=8)
print(bc2.first_line)
print(bc2.dis(), end="")
print(dis.Bytecode(target, show_caches=True).dis(), end="")
src = dis.Bytecode("a = 1")
print(repr(src))
print(src.dis(), end="")
print(list(bc)[3] == next(i for i in dis.get_instructions(target) if i.offset == list(bc)[3].offset))
