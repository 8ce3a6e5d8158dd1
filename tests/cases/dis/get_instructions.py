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


def sample(a, b=1):
    c = a.attr[b] + len(a)
    if c:
        return -c
    return None


for ins in dis.get_instructions(sample):
    print(ins.opname, ins.opcode, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.offset,
          ins.starts_line, ins.is_jump_target)
    print("   ", ins.positions)
print("--- first_line=100")
for ins in dis.get_instructions(sample, first_line=100):
    if ins.starts_line is not None:
        print(ins.offset, ins.starts_line)
print("--- show_caches")
print([(i.opname, i.offset) for i in dis.get_instructions(sample, show_caches=True)][:14])
print(repr(list(dis.get_instructions("x.y + 1"))[2]))
