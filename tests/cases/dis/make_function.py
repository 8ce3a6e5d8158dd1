import dis

from disshow import Buffer, masked, show


def factory(x):
    def a(p=1, *, q=2):
        return p + q

    def b(r: int, s: "str" = "s") -> bool:
        return x

    c = lambda *args, **kw: (args, kw, x)
    return a, b, c


show(factory)
for ins in dis.get_instructions(factory):
    if ins.opname == "MAKE_FUNCTION":
        print(ins.arg, ins.argrepr)
