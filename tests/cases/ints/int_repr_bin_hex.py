for n in [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 64) + 1, 1234567890123456789012345678901234567890]:
    print(repr(n), bin(n), oct(n), hex(n), f"{n:x}", f"{n:#o}", f"{n:b}"[:20])
print(str(10 ** 30), repr(-10 ** 30), str(2 ** 64 - 1), int(str(2 ** 1000)) == 2 ** 1000)
print(0b1111, 0o17, 0xF, 1_000, 0x_FF, 0b_1_0)
try:
    bin(1.0)
except TypeError as e:
    print(type(e).__name__, e)
print(format(1234567, ","), format(-1234567, "_"), format(1234567, "_x"), format(255, "08b"), format(-5, "+05"))
print(len(str(3 ** 2000)), str(3 ** 2000)[:20], str(3 ** 2000)[-20:])
print(str(-(7 ** 500))[:15], hex(7 ** 100)[-10:])
