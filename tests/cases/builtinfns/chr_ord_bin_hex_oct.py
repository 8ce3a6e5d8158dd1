print(chr(0) == "\x00", chr(65), chr(0x10FFFF) == "\U0010ffff", chr(0x1F600), chr(True), ord("a"), ord("😀"), ord(b"a"), ord(bytearray(b"z")), ord("\U0010ffff"))
print(bin(0), bin(-5), bin(2 ** 70), oct(0), oct(-8), oct(64), hex(0), hex(-255), hex(2 ** 64), hex(True), bin(False))
class I:
    def __index__(self): return 10
print(bin(I()), oct(I()), hex(I()), chr(I() + 55) if False else chr(75))
for f in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.5), lambda: chr("a"), lambda: ord(""), lambda: ord("ab"), lambda: ord(1),
          lambda: ord(b"ab"), lambda: bin(1.5), lambda: hex("1"), lambda: oct([]), lambda: chr(2 ** 64), lambda: chr()]:
    try:
        f()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
