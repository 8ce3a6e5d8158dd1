import dis

from disshow import Buffer, masked, show


def formats(name, value, width):
    a = f"{name}"
    b = f"{name!r} = {value!s:>{width}}"
    c = f"{value:.3f} {name!a} {width:#x}"
    d = f"{'nested ' + f'{name}'}"
    e = f"{value=}"
    return a, b, c, d, e


show(formats)
print(formats("pi", 3.14159, 10))
for ins in dis.get_instructions(formats):
    if ins.opname == "FORMAT_VALUE":
        print(ins.offset, ins.arg, ins.argrepr, ins.argval[1], ins.argval[0] is None,
              ins.argval[0] in (str, repr, ascii))
