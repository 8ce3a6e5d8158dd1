for n in [0, 1, -1, 5, -5, 255, -256, 2 ** 64, -(2 ** 64), 2 ** 64 - 1, 12345678901234567890123]:
    print(n, n.bit_length(), n.bit_count(), n & 0xFF, n | 0xF0, n ^ -1, ~n, n >> 3, n << 3)
print((-1) >> 100, (-1) << 100, 1 >> 64, 1 >> 10 ** 10, 0 << 10 ** 5 if True else 0)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 << 2 ** 100
except OverflowError as e:
    print(type(e).__name__, e)
print(0 >> 2 ** 100, -5 >> 2 ** 100, 5 >> 2 ** 100)
print(-(2 ** 70) & (2 ** 70 - 1), -(2 ** 70) | 1, -(2 ** 70) ^ -(2 ** 69))
print((2 ** 64 - 1) & -(2 ** 32), (-7) & 0xFFFFFFFFFFFFFFFFFFFF, (-7) | (2 ** 80))
print(True << 3, True & 3, False | 2, True ^ True)
try:
    1 & 1.0
except TypeError as e:
    print(type(e).__name__, e)
