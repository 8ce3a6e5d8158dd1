# every format code in every byte order: pack, unpack back, sizes and alignment
import struct

values = {'b': [-128, 0, 127], 'B': [0, 255], 'h': [-32768, 32767], 'H': [65535], 'i': [-2**31, 2**31 - 1],
          'I': [2**32 - 1], 'l': [-5], 'L': [7], 'q': [-2**63, 2**63 - 1], 'Q': [2**64 - 1],
          'n': [-3], 'N': [2**63], 'P': [123456789], 'e': [1.5, -0.0, 65504.0, 2**-24],
          'f': [3.25, -1e-40], 'd': [1.1, -2.5e300], '?': [True, False], 'c': [b'\xff', b'a']}
for order in '@=<>!':
    for code, vals in values.items():
        fmt = order + code
        try:
            size = struct.calcsize(fmt)
        except struct.error as e:
            print(fmt, 'error', e)
            continue
        for v in vals:
            b = struct.pack(fmt, v)
            print(fmt, size, v, b.hex(), struct.unpack(fmt, b))

for fmt in ['bhiq', 'qihb', 'c d', 'b5si', '@3h0q', '=3h0q', 'x', '3x', 'xb2xh', 'P?', '?P', 'bP', 'e f d', '0s0p',
            '10p', '<Ld', '@Ld', '2i3h', 'cci', 'ih0i', '']:
    print(repr(fmt), struct.calcsize(fmt))

s = struct.Struct('<hI5s2p?')
b = s.pack(-2, 3000000000, b'hello world', b'xyz', 7)
print(b, s.unpack(b), s.size, s.format)
print(struct.unpack('>3s', b'abc'), struct.unpack('4p', b'\x05abc'), struct.unpack('1p', b'\x09'))
print(struct.pack('255p', b'a' * 300)[:3], len(struct.pack('300p', b'a' * 300)), struct.pack('300p', b'a' * 300)[0])
print(struct.pack('=e', 0.1), struct.unpack('<e', b'\xff\x7b'), struct.unpack('>e', b'\x7c\x00'), struct.unpack('>e', b'\xfc\x00'))
for v in [65519.99, 2**-25, 2**-25 * 1.0001, 3 * 2**-26, 1.00048828125, 1.00146484375, 6.1e-5, 1e-10]:
    print(v, struct.pack('<e', v).hex(), struct.unpack('<e', struct.pack('<e', v)))
print(struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('<d', struct.pack('>d', 1.0)[::-1]))
print(struct.pack('<d', float('inf')), struct.pack('>d', float('-inf')), struct.pack('<f', float('nan')))
nan = struct.unpack('<e', b'\x00\x7e')[0]
print(nan != nan)
print(struct.pack('@bq', 1, 2).hex(), struct.pack('=bq', 1, 2).hex())
print(struct.pack('?' * 4, 0, 1, [], [0]), struct.unpack('?' * 3, b'\x00\x02\xff'))
print(list(struct.iter_unpack('<hb', bytes(range(9)))))
print(struct.unpack_from('<h', b'\x01\x02\x03\x04', 2), struct.unpack_from('<h', b'\x01\x02\x03\x04', offset=-2))
ba = bytearray(10)
struct.pack_into('>hh', ba, 3, 1, -1)
struct.pack_into('<b', ba, -1, 9)
print(ba)
mv = memoryview(bytearray(4))
struct.pack_into('<i', mv, 0, 258)
print(mv.tobytes(), struct.unpack('<i', mv))
print(struct.unpack('<i', bytearray(b'\x01\x00\x00\x00')), struct.calcsize(b'<q'))
print(type(struct.Struct('i')).__name__, struct.Struct.__module__, struct.error.__module__, issubclass(struct.error, Exception))
print(sorted(struct.__all__))
