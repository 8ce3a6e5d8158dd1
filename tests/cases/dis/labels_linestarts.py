import dis

from disshow import Buffer, masked, show


def f(n):
    out = []
    while n:
        if n % 2:
            out.append(n)
        n //= 2
    try:
        out.sort()
    except AttributeError:
        pass
    return out


co = f.__code__
print(dis.findlabels(co.co_code))
print(list(dis.findlinestarts(co)))
print(sorted(dis.findlabels(co.co_code)) == sorted(i.offset for i in dis.get_instructions(f) if i.is_jump_target))
print([i.offset for i in dis.Bytecode(f) if i.is_jump_target])
print(list(dis._unpack_opargs(co.co_code))[:12])
print(dis.findlabels(bytes([110, 2, 9, 0, 9, 0, 140, 3])))
