print(hex(255), hex(-255), hex(0), hex(2 ** 70), oct(8), oct(-8), oct(0), bin(5), bin(-5), bin(0))
print(chr(97), ord("a"), chr(9731), ord("\u2603"), [ord(c) for c in "Hi!"])
print(int(hex(123456), 16), int(oct(99), 8), int(bin(77), 2))


class Idx:
    def __index__(self):
        return 42


print(hex(Idx()), oct(Idx()), bin(Idx()), chr(Idx()))
for f in (hex, oct, bin):
    try:
        f(1.5)
    except TypeError as e:
        print(type(e).__name__, e)
print(format(255, "x"), format(255, "#X"), format(-10, "b"), f"{10:o}")
