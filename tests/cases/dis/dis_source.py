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


show("a + b * c")
print("---")
show("x = 1\nif x:\n    y = [i for i in range(x)]\n")
print("---")
show("lambda q: q ** 2")
print("---")
show("def f(): pass", depth=0)
print("---")
show(compile("z = 5", "given.py", "exec"))
