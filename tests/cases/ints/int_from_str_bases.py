tests = ["0", "-0", "+17", "  42  ", "\t-7\n", "1_000_000", "0x_1f", "0b1010", "0o777", "0X1F", "0B11", "0O7",
         "1__0", "_1", "1_", "0_0", "00", "010", "٣", "１２", "1e5", "0x", "- 1", "+-1", "1 0", "", "0b2", "ⅷ"]
for s in tests:
    for base in (10, 0, 16):
        try:
            print(repr(s), base, int(s, base))
        except ValueError as e:
            print(repr(s), base, type(e).__name__, e)
for s, b in [("z", 36), ("Z", 36), ("10", 2), ("ff", 16), ("FF", 16), ("0xff", 16), ("0b1", 2), ("0o7", 8), ("7", 8), ("9", 8),
             ("11", 3), ("-zz", 36), ("0b1", 16), ("0b", 16)]:
    try:
        print(s, b, int(s, b))
    except ValueError as e:
        print(s, b, type(e).__name__, e)
for b in [1, 37, -1, 2 ** 70]:
    try:
        int("1", b)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int(b"12"), int(bytearray(b" 7 ")), int(b"ff", 16), int("1" * 50), int(x="5") if False else int("5", base=8))
try:
    int("1", base="2")
except TypeError as e:
    print(type(e).__name__, e)
