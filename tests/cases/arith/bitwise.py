vals = [0, 1, 5, -1, -6, 255, 2 ** 40, -(2 ** 70)]
for a in vals:
    print(a, a & 0xF0, a | 3, a ^ -1, ~a, a << 4, a >> 2)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)
print(-8 >> 1, -1 >> 100, 1 << 100 >> 99)
print((255).bit_length(), (-256).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
print((7).bit_count(), (-7).bit_count(), (2 ** 64 - 1).bit_count())
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -3
except ValueError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True)
x = 0b1111
x &= 0b1010
x |= 0b100000
x ^= 1
x <<= 2
x >>= 1
print(x, bin(x))
