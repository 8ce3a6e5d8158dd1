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
