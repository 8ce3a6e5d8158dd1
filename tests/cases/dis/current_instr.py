import dis

from disshow import Buffer, masked, show


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
