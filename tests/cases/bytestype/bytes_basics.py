b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], list(b[:3]), b"" == bytes(), bytes(3), bytes([1, 2]), bytes(b"x"))
print(b + b"!", b * 2, 2 * b"ab", b"ab" * 0, b"l" in b, 108 in b, b"xyz" in b, b.count(b"l"), b.find(b"lo"), b.index(b"\x00"))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\\"), repr(bytes(range(0, 256, 17))), ascii(b"x"), str(b"\x80"))
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(":", -2), bytes.fromhex("de ad BE EF"), bytes.fromhex(""), b"\x01\x02".hex(" ", 1))
for s in ["0", "zz", "0 0 ", "a b"]:
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print(type(e).__name__, e)
print(b < b"i", b"a" < b"ab", b"b" > b"abc", sorted([b"b", b"a", b""]), max(b"abc"), hash(b"") == 0)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + b"b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[100]
except IndexError as e:
    print(type(e).__name__, e)
print(b"abc".decode(), b"\xc3\xa9".decode("utf-8"), b"abc".upper(), b"ABC".lower(), b"a b".split(), b"a,b".split(b","))
