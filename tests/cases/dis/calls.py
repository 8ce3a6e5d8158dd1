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


def calls(obj, args, kwargs):
    obj.method(1, key=2)
    print(*args, **kwargs)
    print(*args, sep="")
    f = obj.attr
    f(1, 2, *args)
    len(args)
    return obj.meth(a=1, b=2)(3)


show(calls)
for ins in dis.get_instructions(calls):
    if ins.opname in ("KW_NAMES", "CALL", "PRECALL", "CALL_FUNCTION_EX", "LOAD_METHOD"):
        print(ins.opname, ins.arg, repr(ins.argval), repr(ins.argrepr))
