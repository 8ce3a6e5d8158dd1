# float.fromhex edge cases: spacing, signs, prefixes, exponents, rounding, subnormals, overflow
cases = ["0x1p0", "0X1P0", " 0x1.8p1 ", "-0x1p-1", "+0x.8p1", "0x1.", "0x.1", "1", "1.5", "a", "-A.8", "0x1p+10",
         "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1p-1076", "0x3p-1076", "0x1.fffffffffffffp1023",
         "0x1.fffffffffffff8p1023", "0x1p1024", "0x10p1020", "inf", "-Infinity", "nan", "-nan", "  iNf  ",
         "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000081p0", "0x0p0", "-0x0p0", "0x0p99999999999",
         "0x1p-99999999999999", "0x1p99999999999999", "0x", "0xp1", "", " ", "0x1p", "0x1p+", "0x1.2.3", "1e5", "0x1_0p0",
         "0x1\t", "\n0x2p1\n", "0x1p1 x", "0x1.8P-0", "0x000000000000000000001p0", "0x.000000000000000000001p80",
         "0x1234567890abcdefp0", "0x1234567890abcdef1p0", "0x1.1234567890abcdef1234p0"]
for c in cases:
    try:
        print(repr(c), repr(float.fromhex(c)))
    except (ValueError, OverflowError) as e:
        print(repr(c), type(e).__name__, e)
for x in [0.0, -0.0, 1.0, 0.1, 1e-320, 5e-324, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), -2.5, 1/3]:
    h = x.hex()
    print(h, float.fromhex(h) == x or x != x)
class F(float): pass
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"))
for bad in [1, b"0x1", None]:
    try:
        float.fromhex(bad)
    except TypeError as e:
        print("TypeError", e)
