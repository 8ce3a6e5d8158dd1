# base64: every codec, with round trips and error messages
import base64 as b
import io

tests = [('b64decode', (b'QU JD',), {'validate': True}), ('b64decode', (b'QUJD====',), {'validate': True}),
         ('b64decode', (b'QU-_',), {}), ('urlsafe_b64decode', (b'QU-_',), {}), ('b64decode', ('QUJD',), {}),
         ('b64decode', (5,), {}), ('b64encode', ('x',), {}), ('b64encode', (b'\xfb\xff',), {'altchars': b'-_'}),
         ('b64encode', (b'\xfb\xff',), {'altchars': b'-'}), ('b64decode', (b'+/',), {'altchars': b'-_'}),
         ('b64decode', (b'-_8=',), {'altchars': '-_'}), ('b64decode', ('\xe9',), {}),
         ('b32encode', (b'hello',), {}), ('b32decode', (b'NBSWY3DP',), {}), ('b32decode', (b'nbswy3dp',), {}),
         ('b32decode', (b'nbswy3dp',), {'casefold': True}), ('b32decode', (b'NBSWY3D',), {}), ('b32decode', (b'NBSWY3D1',), {}),
         ('b32decode', (b'NBSWY3D0',), {'map01': b'L'}), ('b32decode', (b'MFRGG===',), {}), ('b32decode', (b'MFRGG==',), {}),
         ('b32decode', (b'MFRGGZ==',), {}), ('b32hexencode', (b'hello',), {}), ('b32hexdecode', (b'D1IMOR3F',), {}),
         ('b32hexdecode', (b'd1imor3f',), {'casefold': True}), ('b32decode', (b'',), {}), ('b32decode', (b'MF======',), {}),
         ('b32decode', (b'M=======',), {}), ('b32decode', ('MFRA====',), {}), ('b32decode', (b'MFRGGZA=',), {}),
         ('b16encode', (b'\x01\xab',), {}), ('b16decode', (b'01AB',), {}), ('b16decode', (b'01ab',), {}),
         ('b16decode', (b'01ab',), {'casefold': True}), ('b16decode', (b'01A',), {}), ('b16decode', (b'0G',), {}),
         ('b85encode', (b'hello world',), {}), ('b85encode', (b'hello',), {'pad': True}), ('b85decode', (b'Xk~0{Zy<MXa%^M',), {}),
         ('b85decode', (b'Xk~0{Zy<MXa%^}',), {}), ('b85decode', (b'|NsC0',), {}), ('b85decode', (b'{{{{{',), {}),
         ('b85decode', (b'|NsC1',), {}), ('b85decode', (b'ab"cd',), {}), ('b85encode', (b'\x00' * 8,), {}),
         ('a85encode', (b'hello world',), {}), ('a85encode', (b'\0\0\0\0    x',), {'foldspaces': True}),
         ('a85encode', (b'hello world' * 5,), {'wrapcol': 20, 'adobe': True}), ('a85encode', (b'hello world',), {'wrapcol': 1, 'adobe': True}),
         ('a85encode', (b'hello world' * 3,), {'wrapcol': 7}), ('a85decode', (b'<~BOu!rD]j7BEbo7~>',), {'adobe': True}),
         ('a85decode', (b'BOu!rD]j7BEbo7',), {}), ('a85decode', (b'z',), {}), ('a85decode', (b'y',), {'foldspaces': True}),
         ('a85decode', (b'uuuuu',), {}), ('a85decode', (b'BOu!rD]j7BEbo7~>',), {'adobe': True}), ('a85decode', (b'a~',), {}),
         ('a85decode', (b'BOu!rD]j7BEbo7',), {'adobe': True}), ('a85decode', (b'Bz',), {}), ('a85decode', (b'BO u!r\nD]j7BEbo7',), {}),
         ('a85encode', (b'\0\0\0',), {}), ('a85encode', (b'\0\0\0\0',), {}), ('a85encode', (b'    ',), {}),
         ('encodebytes', (b'x' * 100,), {}), ('decodebytes', (b'eHh4\n',), {}), ('encodebytes', ('x',), {}),
         ('standard_b64encode', (b'ab',), {}), ('standard_b64decode', (b'YWI=',), {}), ('urlsafe_b64encode', (b'\xfb\xff',), {}),
         ('b85encode', (b'',), {}), ('a85encode', (b'',), {'adobe': True}),
         ('a85encode', (b'abc',), {'pad': True}), ('encodebytes', (b'',), {}), ('b64encode', (bytearray(b'\x00\x01'),), {})]
for n, a, k in tests:
    try:
        print(n, a, k, getattr(b, n)(*a, **k))
    except Exception as e:
        print(n, a, k, type(e).__name__, e)

data = bytes(range(256)) * 3
for enc, dec in [('b64encode', 'b64decode'), ('urlsafe_b64encode', 'urlsafe_b64decode'), ('b32encode', 'b32decode'),
                 ('b32hexencode', 'b32hexdecode'), ('b16encode', 'b16decode'), ('b85encode', 'b85decode'),
                 ('a85encode', 'a85decode'), ('encodebytes', 'decodebytes')]:
    for n in range(0, 12):
        chunk = data[n * 7:n * 7 + n]
        e = getattr(b, enc)(chunk)
        assert getattr(b, dec)(e) == chunk, (enc, n)
    print(enc, getattr(b, enc)(data)[-40:], len(getattr(b, enc)(data)))
out = io.BytesIO()
b.encode(io.BytesIO(data), out)
print(out.getvalue().count(b'\n'), out.getvalue()[:30])
back = io.BytesIO()
b.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == data)
print(sorted(b.__all__))
print(b.b64encode(memoryview(b'ab')))
