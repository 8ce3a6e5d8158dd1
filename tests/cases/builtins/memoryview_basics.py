m = memoryview(b'abcdef')
print(repr(m)[:11], type(m).__name__, len(m), m[0], m[-1], m.tobytes(), m.tolist(), bytes(m[1:3]), m[::2].tobytes(), m[::-1].tobytes())
print(m.format, m.itemsize, m.nbytes, m.readonly, m.ndim, m.shape, m.strides, m.suboffsets, m.obj, m.c_contiguous, m.f_contiguous, m.contiguous)
print(m == b'abcdef', m == bytearray(b'abcdef'), m == m, m[1:] == b'bcdef', m != b'x', m == 'abcdef', m[::2] == b'ace', m.hex(), m.hex(':'), m[2:4].hex())
print(hash(m) == hash(b'abcdef'), list(m), [x for x in m[::3]], 99 in m, m[1:3].nbytes, m[::2].strides, m[::2].c_contiguous)
print(m.tobytes('C'), m.toreadonly().readonly, bytearray(m), b'x' + m, b'abcdef'.find(m[1:2]), m.__len__())
ba = bytearray(b'hello')
w = memoryview(ba)
w[0] = 72
w[1:3] = b'EL'
print(ba, w.readonly, w.tobytes(), w[4])
try:
    hash(w)
except ValueError as e:
    print('ValueError', e)
w.release()
ba.append(33)
print(ba)
try:
    w[0]
except ValueError as e:
    print('ValueError', e)
try:
    len(w)
except ValueError as e:
    print('ValueError', e)
print(repr(w)[:22])
with memoryview(b'xyz') as c:
    print(c.tobytes())
try:
    c.tobytes()
except ValueError as e:
    print(e)
try:
    m[0] = 1
except TypeError as e:
    print(e)
try:
    m[10]
except IndexError as e:
    print(e)
try:
    m['a']
except TypeError as e:
    print(e)
try:
    memoryview('abc')
except TypeError as e:
    print(e)
try:
    memoryview(5)
except TypeError as e:
    print(e)
try:
    w2 = memoryview(bytearray(b'ab')); w2[0] = 300
except ValueError as e:
    print(e)
try:
    w2[0:1] = b'xyz'
except ValueError as e:
    print(e)
x = memoryview(bytes(range(8)))
i = x.cast('i')
print(i.format, i.itemsize, len(i), i.tolist(), i[1], i.nbytes, i.shape, i.strides)
q = x.cast('Q')
print(q.tolist(), x.cast('h').tolist(), x.cast('b').tolist(), x.cast('c').tolist(), x.cast('c')[0], x.cast('?')[0:3].tolist())
print(x.cast('B', shape=[2, 4]).tolist(), x.cast('B', [2, 4]).shape, x.cast('i', (2,)).tolist())
d = memoryview(bytearray(16)).cast('d')
d[0] = 1.5; d[1] = -2
print(d.tolist(), d.format, d[0], memoryview(bytearray(8)).cast('f').tolist())
try:
    x.cast('i').cast('h')
except TypeError as e:
    print(e)
try:
    memoryview(b'abc').cast('i')
except TypeError as e:
    print(e)
try:
    x.cast('z')
except ValueError as e:
    print(e)
print(i == x.cast('i'), i == [0], x.cast('i') == memoryview(bytes(range(8))).cast('I'), memoryview(b'ab') == memoryview(b'ab'))
print(memoryview(memoryview(b'nest'))[1:].tobytes(), memoryview(b'')[:].tolist())
r = memoryview(b'abcdef')[1:5]
print(r.obj, r[::-1].tolist(), r[1:3][0], r.tobytes(), r[-2:].tobytes(), r[::2][1])
print(bytes(memoryview(b'hi')), int.from_bytes(memoryview(b'\x01\x00'), 'little'), 'ok'.encode() == memoryview(b'ok'))
