import dis

from disshow import Buffer, masked, show


# A loop body long enough that its jumps need EXTENDED_ARG, and more than 256 constants.
lines = ["def big(n, flag):", "    total = 0", "    while n > 0:", "        n -= 1"]
for i in range(150):
    lines.append("        if flag == %d:" % i)
    lines.append("            total += n * %d + %d" % (i, i + 1000))
lines.append("    return total")
ns = {}
exec(compile("\n".join(lines), "big.py", "exec"), ns)
big = ns["big"]
code = big.__code__
print(len(code.co_consts), len(code.co_code))
ext = [i for i in dis.get_instructions(big) if i.opname == "EXTENDED_ARG"]
print(len(ext), ext[0].arg, ext[-1].offset)
jumps = [i for i in dis.get_instructions(big) if "JUMP" in i.opname and i.arg > 255]
for j in jumps[:5]:
    print(j.opname, j.arg, j.argval, j.argrepr)
text = dis.Bytecode(big).dis().split("\n")
for line in text[:12] + text[-20:]:
    print(line)
print(code.co_code[-40:].hex())
print(code.co_lnotab[:30].hex())
print(big(3, 149))
