import dis

from disshow import Buffer, masked, show


def f(x, y):
    result = (x.attr
              + y[
                  0]
              * call(x,
                     y))
    return result


def call(a, b):
    return len(b)


co = f.__code__
for i, pos in enumerate(co.co_positions()):
    print(i * 2, pos)
print(list(co.co_lines()))
print(list(dis.findlinestarts(co)))
for ins in dis.get_instructions(f):
    print(ins.offset, ins.opname, ins.positions.lineno, ins.positions.end_lineno,
          ins.positions.col_offset, ins.positions.end_col_offset)


class O:
    attr = 2


try:
    f(O(), [1])
except TypeError as e:
    tb = e.__traceback__.tb_next
    print(type(e).__name__, tb.tb_lasti, tb.tb_lineno, co.co_code[tb.tb_lasti])
