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


def plain(a, b, /, c, *args, d, e=1, **kw):
    f = a
    return f


def closure_maker(x):
    def inner(y):
        return x + y
    return inner


def generator():
    yield 1


print(masked(dis.code_info(plain)))
print(masked(dis.code_info(closure_maker)))
print(masked(dis.code_info(closure_maker(1))))
print(masked(dis.code_info(generator)))
print(masked(dis.code_info("a = b + 1")))
print(masked(dis.code_info("a + 1")))
b = Buffer()
dis.show_code(closure_maker, file=b)
print(masked("".join(b.parts)), end="")
for flags in (0, 1, 3, 0x20 | 0x200, 0x100000, 0x4000003, 1 << 31):
    print(hex(flags), dis.pretty_flags(flags))
