import dis

from disshow import Buffer, masked, show


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
