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


def fails(values):
    total = 0
    for v in values:
        total += 10 // v
    return total


def outer(values):
    return fails(values)


try:
    outer([1, 2, 0])
except ZeroDivisionError as e:
    tb = e.__traceback__
    b = Buffer()
    dis.distb(tb, file=b)  # the frame of this traceback entry: the module
    print(masked(("".join(b.parts))), end="")
    print("--- from_traceback")
    bc = dis.Bytecode.from_traceback(tb)
    print(bc.current_offset, bc.codeobj.co_name)
    print(bc.dis(), end="")
    b = Buffer()
    dis.disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=b)
    print(masked(("".join(b.parts))), end="")
    print("--- sys.last_traceback: its innermost frame")
    import sys
    sys.last_traceback = tb
    b = Buffer()
    dis.distb(file=b)
    print(masked("".join(b.parts)), end="")
    del sys.last_traceback
