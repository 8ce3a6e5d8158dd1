import dis

from disshow import Buffer, masked, show


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
