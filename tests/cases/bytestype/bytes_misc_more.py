# bytes/bytearray corners: hex separators, fromhex whitespace, maketrans/translate, slice assignment from self, repr escapes
b = bytes(range(0, 256, 17))
print(b, repr(bytearray(b"\x00'\"\\\t\n\r\x7f\x80")), b.hex(), b.hex("-"), b.hex(":", 3), b.hex(b"|", -2), b"".hex(","), b"\x01".hex(" ", 5))
for s in ["00 ff", " 0a0B ", "0a 0b\t0c\n", "0 a", "zz", "0", "\u00e9", "0a\x0b", ""]:
    try:
        print(repr(s), bytes.fromhex(s), bytearray.fromhex(s))
    except (ValueError, TypeError) as e:
        print(repr(s), type(e).__name__, e)
for f in [lambda: b.hex("ab"), lambda: b.hex(""), lambda: b.hex("é"), lambda: b.hex(1), lambda: bytes.fromhex(b"00")]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"abcdef".translate(None, b"bd"), b"abc".translate(t, b"a"), bytearray(b"abc").translate(t))
for f in [lambda: bytes.maketrans(b"ab", b"x"), lambda: b"a".translate(b"short"), lambda: bytes.maketrans("a", "b")]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
ba = bytearray(b"abcdef")
ba[1:3] = ba; print(ba)
ba = bytearray(b"abcdef"); ba[::2] = b"XYZ"; print(ba)
ba = bytearray(b"abcdef"); ba[1:4] = memoryview(b"123456")[::2]; print(ba)
ba = bytearray(b"abc"); ba[0:0] = [1, 2]; ba += b"z"; ba *= 2; print(ba)
ba = bytearray(b"abc"); del ba[::2]; print(ba, ba.removeprefix(b"x"), ba.removesuffix(b"b"))
for f in [lambda: bytearray(b"abc").__setitem__(slice(None, None, 2), b"x"), lambda: bytearray(b"a").__setitem__(slice(0, 1), 5),
          lambda: bytearray(b"a").__setitem__(slice(0, 1), "s"), lambda: bytearray(b"a").__setitem__(slice(0, 1), [300])]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(b"abc" * 0, b"ab" * -1, b"%b %s %r %a %c %x" % (b"x", b"y", b"z", "é", 65, 255), b"a,b,,c".split(b","), b" a b ".split(), b"abc".center(7, b"*"))
print(b"Hello World".swapcase(), b"hello world".title(), b"\xe9abc".upper(), b"abc".isalpha(), b"".isalpha(), b"a1".isalnum(), b"ABC".isupper())
print(bytes(3), bytes([1, 2]), bytes(b"x"), bytes(bytearray(b"y")), bytes(memoryview(b"z")), bytes("é", "utf-8"), bytes("a", "ascii", "strict"))
class BytesLike:
    def __bytes__(self): return b"custom"
class BadBytes:
    def __bytes__(self): return "str"
print(bytes(BytesLike()), bytearray(b"x") == b"x", b"x" == bytearray(b"x"), b"a" < b"b", bytearray(b"a") < b"b", hash(b"abc") == hash(bytes(bytearray(b"abc"))))
try:
    bytes(BadBytes())
except TypeError as e:
    print("TypeError", e)
