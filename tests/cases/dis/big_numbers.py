import dis

from disshow import Buffer, masked, show


# line numbers of four digits widen the line column; offsets of five digits the offset column
src = "\n" * 1200 + "def far(a):\n    return a + 1\n"
ns = {}
exec(compile(src, "far.py", "exec"), ns)
show(ns["far"])
print("---")
body = "".join("    v%d = a + %d\n" % (i, i) for i in range(1300))
ns = {}
exec(compile("def long(a):\n" + body + "    return a\n", "long.py", "exec"), ns)
text = dis.Bytecode(ns["long"]).dis().split("\n")
print(len(text))
print("\n".join(text[:6]))
print("\n".join(text[-8:]))
