import dis

from disshow import Buffer, masked, show


def f():
    return 1


ins = list(dis.get_instructions(f))[1]
print(ins)
print(ins[0], ins[1], ins[-1], len(ins), tuple(ins)[:3])
print(isinstance(ins, tuple), type(ins).__name__, ins._fields)
print(ins == ("LOAD_CONST", 100, 0, 1, "1", 2, 3, False, ins.positions))
print(ins._replace(argrepr="one"))
print(sorted(ins._asdict()))
p = dis.Positions(1, 2)
print(p, p.lineno, p.end_lineno, p.col_offset, p._fields)
print(dis.Positions())
print(dis.Instruction("NOP", 9, None, None, "", 0, None, False))
op, code, *rest = ins
print(op, code, rest[:2])
print(dis._ExceptionTableEntry(2, 10, 12, 1, True))
try:
    dis.Instruction("NOP", 9)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ins.opname = "X"
except AttributeError as e:
    print(type(e).__name__)
print(hash(ins) == hash(tuple(ins)), dis.Instruction._make(tuple(ins)) == ins)
print(dis.Instruction.__module__, dis.Positions.__module__, dis.Instruction.__mro__)
print(dis.Positions.__doc__, dis.Positions.lineno.__doc__, dis.Positions._field_defaults)
print(dis.Instruction._field_defaults, dis.Positions.__match_args__)
match ins:
    case dis.Instruction(opname, opcode):
        print("matched", opname, opcode)
