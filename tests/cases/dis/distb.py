import dis

from disshow import Buffer, masked, show


def fails(values):
    total = 0
    for v in values:
        total += 10 // v
    return total


def outer(values):
    return fails(values)


try:
    outer([1, 2, 0])
except ZeroDivisionError as e:
    tb = e.__traceback__
    b = Buffer()
    dis.distb(tb, file=b)  # the frame of this traceback entry: the module
    print(masked(("".join(b.parts))), end="")
    print("--- from_traceback")
    bc = dis.Bytecode.from_traceback(tb)
    print(bc.current_offset, bc.codeobj.co_name)
    print(bc.dis(), end="")
    b = Buffer()
    dis.disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=b)
    print(masked(("".join(b.parts))), end="")
    print("--- sys.last_traceback: its innermost frame")
    import sys
    sys.last_traceback = tb
    b = Buffer()
    dis.distb(file=b)
    print(masked("".join(b.parts)), end="")
    del sys.last_traceback
