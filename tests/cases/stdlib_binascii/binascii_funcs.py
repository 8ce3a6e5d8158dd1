# binascii: hex, base64 (lenient and strict decoding), checksums, errors
import binascii as b

for s in [b'', b'QQ==', b'QQ', b'QQ=', b'QUI=', b'QUJD', b'Q', b'QUJDR', b'QU JD', b'Q=Q=', b'QQ==QQ==', b'QQ==x',
          b'=QQ==', b'QUJ=D', b'QQ===', b'Q===', b'====', b'QUJDRA', b'QU\nJD\n', b'!QUJD', b'QQ=*=', b'QUJDRE==',
          b'QUJDRR==', b'QUJ=', 'QUJD', 'QUJ\xe9', b'QUJD====', b'QU=J', b'QUJDQQ=', bytearray(b'QUJD'), b'\xffQUJD']:
    for strict in (False, True):
        try:
            print(repr(s), strict, b.a2b_base64(s, strict_mode=strict))
        except Exception as e:
            print(repr(s), strict, type(e).__name__, e)

for f, a, k in [(b.hexlify, (b'abc',), {}), (b.hexlify, (b'abcdef', '-'), {}), (b.hexlify, (b'abcdef', b':', -2), {}),
                (b.hexlify, (b'abcde', b':', 2), {}), (b.hexlify, (b'abcde', b':', -2), {}), (b.hexlify, ('ab',), {}),
                (b.b2a_hex, (bytearray(b'a'),), {'sep': 'xx'}), (b.unhexlify, ('616',), {}), (b.unhexlify, ('61zz',), {}),
                (b.unhexlify, (b'6A6b',), {}), (b.a2b_hex, ('\xe91',), {}), (b.unhexlify, (5,), {}), (b.hexlify, (5,), {}),
                (b.b2a_base64, (b'abcd',), {}), (b.b2a_base64, (b'abcd',), {'newline': False}), (b.b2a_base64, ('ab',), {}),
                (b.b2a_base64, (bytes(range(256)),), {}), (b.crc32, (b'hello',), {}), (b.crc32, (b'hello', 5), {}),
                (b.crc32, (b'hello', -1), {}), (b.crc32, (b'hello', 2**40), {}), (b.crc32, (b'',), {}), (b.crc_hqx, (b'hello', 0), {}),
                (b.crc_hqx, (b'hello', 0xffff), {}), (b.crc_hqx, (b'hello', -1), {}), (b.crc_hqx, (b'hello',), {}),
                (b.crc32, ('a',), {}), (b.a2b_base64, (5,), {}), (b.hexlify, (b'ab', 1), {}), (b.unhexlify, (b'\xff\xff',), {}),
                (b.crc32, (bytes(range(256)) * 10,), {})]:
    try:
        print(f.__name__, a, k, f(*a, **k))
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)
print(b.crc32(b' world', b.crc32(b'hello')) == b.crc32(b'hello world'))
print(b.Error.__mro__, b.Incomplete.__mro__)
for n in ['Error', 'Incomplete', 'a2b_base64', 'a2b_hex', 'b2a_base64', 'b2a_hex', 'crc32', 'crc_hqx', 'hexlify', 'unhexlify']:
    print(n, hasattr(b, n))
try:
    b.a2b_base64(b'Q')
except ValueError as e:
    print('caught as ValueError:', e)
print(b.b2a_base64(memoryview(b'xyz')), b.hexlify(memoryview(b'xyz')))
