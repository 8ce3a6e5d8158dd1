import dis

from disshow import Buffer, masked, show


import opcode

for op in range(256):
    name = opcode.opname[op]
    if name.startswith("<"):
        continue
    if op < opcode.HAVE_ARGUMENT:
        print(name, dis.stack_effect(op), dis.stack_effect(op, jump=True), dis.stack_effect(op, jump=False))
    else:
        print(name, [dis.stack_effect(op, arg) for arg in (0, 1, 2, 3, 7, 256, 259)],
              dis.stack_effect(op, 3, jump=True), dis.stack_effect(op, 3, jump=False))
for args, kw in [((100,), {}), ((1, 0), {}), ((3,), {}), ((300, 1), {}), ((1,), {"jump": 1}),
                 (("x",), {}), ((100, "a"), {}), ((1, None), {}), ((), {}), ((1, 2, 3), {})]:
    try:
        print(args, kw, dis.stack_effect(*args, **kw))
    except (ValueError, TypeError) as e:
        print(args, kw, type(e).__name__, e)
