import dis

from disshow import Buffer, masked, show


def f(a, b):
    try:
        c = a.x + b[0]
    except (KeyError, IndexError) as e:
        c = None
    return [c,
            a,
            b]


def g(x):
    while x:
        x = x.next
    return {k: v for k, v in x.items()}


for fn in (f, g):
    co = fn.__code__
    print(co.co_name)
    print("  code", co.co_code.hex())
    print("  linetable", co.co_linetable.hex())
    print("  exceptiontable", co.co_exceptiontable.hex())
    print("  lnotab", co.co_lnotab.hex())
    print("  stacksize", co.co_stacksize, "nlocals", co.co_nlocals, "flags", co.co_flags)
    print("  len", len(co.co_code) // 2, len(list(co.co_positions())))
