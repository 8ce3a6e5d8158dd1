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


def comps(data):
    a = [x * 2 for x in data if x]
    b = {x: y for x, y in zip(data, data)}
    c = {x for row in [data, data] for x in row}
    d = list(x + 1 for x in data)
    return a, b, c, d


show(comps)
print("--- depth 0")
show(comps, depth=0)
print(comps([0, 1, 2]))
