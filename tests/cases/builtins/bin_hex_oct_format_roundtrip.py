for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 32, -(2 ** 64) + 1]:
    h, o, b = hex(n), oct(n), bin(n)
    assert int(h, 16) == int(o, 8) == int(b, 2) == n == int(h, 0)
    print(n, h, o, b, f"{n:x}", f"{n:#o}", f"{n:b}")
print(int("-0x1f", 16), int("0b_1010", 0), int("0o17", 8), int("z", 36), int("Z", 36))
print(format(10, "#06x"), format(10, "#06b"), format(-10, "#x"), format(2 ** 40, ",x") if False else format(2 ** 40, "_x"))
