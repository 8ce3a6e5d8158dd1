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

import sys

for bad in (1, None, 3.5, [1]):
    try:
        if bad is None:
            dis.distb()
        else:
            dis.dis(bad)
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
for call in (lambda: dis.Bytecode(b"d\x00"), lambda: dis.code_info(5), lambda: dis.get_instructions(2),
             lambda: dis.dis("x ="), lambda: dis.show_code([])):
    try:
        call()
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, e)


class WithBad:
    def ok(self):
        return 1


show(WithBad)
print(hasattr(sys, "last_traceback"))
