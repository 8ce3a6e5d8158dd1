import dis

from disshow import Buffer, masked, show


import opcode

print(opcode.__all__)
print(opcode.cmp_op, opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG)
print(len(opcode.opname), opcode.opname[:12])
print([(op, name) for op, name in enumerate(opcode.opname) if not name.startswith("<")])
print(list(opcode.opmap.items()) == sorted(opcode.opmap.items(), key=lambda kv: kv[1]))
for name in ("hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare", "hasfree", "hasnargs"):
    print(name, getattr(opcode, name))
print(opcode._nb_ops)
print(opcode._inline_cache_entries)
print(opcode._cache_format)
print(sorted(opcode._specializations))
print(len(opcode._specialized_instructions), opcode._specialized_instructions[-3:])
print(dis.opname is opcode.opname, dis.opmap is opcode.opmap, dis.cmp_op)
print(dis.__all__)
print(dis._all_opname[:20])
print(dis._all_opmap["UNPACK_SEQUENCE_TWO_TUPLE"], dis._all_opmap["LOAD_CONST__LOAD_FAST"])
print(dis.deoptmap["CALL_ADAPTIVE"], dis._deoptop(dis._all_opmap["LOAD_ATTR_SLOT"]))
print(dis.FORMAT_VALUE_CONVERTERS[1][1], dis.MAKE_FUNCTION_FLAGS, dis.COMPILER_FLAG_NAMES)
print(dis.UNKNOWN, dis.CACHE, dis.LOAD_CONST, dis.LOAD_GLOBAL, dis.BINARY_OP, dis.JUMP_BACKWARD)
