# array: item conversion for every typecode, with CPython's overflow and type errors
from array import array, typecodes

print(typecodes)
for tc in typecodes:
    a = array(tc)
    print(tc, a.itemsize, a.typecode, repr(a))
    prev = None
    for v in (-2**64 - 1, -2**63 - 1, -2**63, -2**31 - 1, -32769, -129, -1, 0, 127, 255, 256, 32767, 65535, 65536,
              2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**63 - 1, 2**63, 2**64 - 1, 2**64, 1.5, 'a', 'ab', '\U0001f600', None, True):
        try:
            r = repr(array(tc, [v]))
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(' ', tc, repr(v)[:12], r)
print(array('f', [0.1, 1e300, -1e-50]), array('d', [0.1, float('inf')]))
print(array('f', [float('nan')])[0] != array('f', [float('nan')])[0])


class Idx:
    def __index__(self):
        return 42


class Flt:
    def __float__(self):
        return 2.5


print(array('i', [Idx()]), array('Q', [Idx()]), array('d', [Flt(), Idx()]))
for tc in 'bhiqBHIQ':
    a = array(tc, [1, 2, 3])
    b = a.tobytes()
    print(tc, b.hex(), array(tc, b), a.tolist())
a = array('h', [1, 256, -2])
a.byteswap()
print(a, a.tobytes())
u = array('u', 'h\xe9\U0001f600')
print(u, len(u), u.tobytes().hex(), u.tounicode(), u[2], list(u))
