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


def f(a, b):
    try:
        c = a.x + b[0]
    except (KeyError, IndexError) as e:
        c = None
    return [c,
            a,
            b]


def g(x):
    while x:
        x = x.next
    return {k: v for k, v in x.items()}


for fn in (f, g):
    co = fn.__code__
    print(co.co_name)
    print("  code", co.co_code.hex())
    print("  linetable", co.co_linetable.hex())
    print("  exceptiontable", co.co_exceptiontable.hex())
    print("  lnotab", co.co_lnotab.hex())
    print("  stacksize", co.co_stacksize, "nlocals", co.co_nlocals, "flags", co.co_flags)
    print("  len", len(co.co_code) // 2, len(list(co.co_positions())))
