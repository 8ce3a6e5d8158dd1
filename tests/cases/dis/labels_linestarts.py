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


def f(n):
    out = []
    while n:
        if n % 2:
            out.append(n)
        n //= 2
    try:
        out.sort()
    except AttributeError:
        pass
    return out


co = f.__code__
print(dis.findlabels(co.co_code))
print(list(dis.findlinestarts(co)))
print(sorted(dis.findlabels(co.co_code)) == sorted(i.offset for i in dis.get_instructions(f) if i.is_jump_target))
print([i.offset for i in dis.Bytecode(f) if i.is_jump_target])
print(list(dis._unpack_opargs(co.co_code))[:12])
print(dis.findlabels(bytes([110, 2, 9, 0, 9, 0, 140, 3])))
