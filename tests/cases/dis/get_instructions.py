import dis

from disshow import Buffer, masked, show


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
