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


def f(x, y):
    result = (x.attr
              + y[
                  0]
              * call(x,
                     y))
    return result


def call(a, b):
    return len(b)


co = f.__code__
for i, pos in enumerate(co.co_positions()):
    print(i * 2, pos)
print(list(co.co_lines()))
print(list(dis.findlinestarts(co)))
for ins in dis.get_instructions(f):
    print(ins.offset, ins.opname, ins.positions.lineno, ins.positions.end_lineno,
          ins.positions.col_offset, ins.positions.end_col_offset)


class O:
    attr = 2


try:
    f(O(), [1])
except TypeError as e:
    tb = e.__traceback__.tb_next
    print(type(e).__name__, tb.tb_lasti, tb.tb_lineno, co.co_code[tb.tb_lasti])
