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


def cold(obj, seq):
    return obj.method(seq[0]) + len(obj.attr) + glob


glob = 1
show(cold, show_caches=True)
print("--- adaptive (never called, so as written)")
show(cold, adaptive=True)
caches = [i for i in dis.get_instructions(cold, show_caches=True) if i.opname == "CACHE"]
print(len(caches), caches[0])
for name in ("LOAD_GLOBAL", "LOAD_METHOD", "LOAD_ATTR", "BINARY_SUBSCR", "CALL", "PRECALL",
             "BINARY_OP", "COMPARE_OP", "STORE_ATTR", "UNPACK_SEQUENCE", "STORE_SUBSCR", "LOAD_FAST"):
    print(name, dis._inline_cache_entries[dis.opmap[name]])
