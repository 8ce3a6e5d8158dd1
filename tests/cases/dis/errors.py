import dis

from disshow import Buffer, masked, show


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
