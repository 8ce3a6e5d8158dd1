import dis

from disshow import Buffer, masked, show


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
