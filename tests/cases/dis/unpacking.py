import dis

from disshow import Buffer, masked, show


def unpack(seq, d):
    a, b = seq
    first, *middle, last = seq
    *init, tail = seq
    x = [*seq, *d]
    y = {**d, "k": 1}
    z = (*seq,)
    s = {*seq}
    return a, b, first, middle, last, init, tail, x, y, z, s


show(unpack)
print(unpack([1, 2], {}))
