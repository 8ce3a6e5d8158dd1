for v in [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.0, 0.5, 1 / 3]:
    h = v.hex()
    print(repr(v), h, float.fromhex(h) == v)
print(float("inf").hex(), float("-inf").hex(), float("nan").hex())
for s in ["0x1p0", "0x1.8p1", "-0x1p-1074", "0x1p-1075", "0x1.fffffffffffffp1023", "0X1P+2", "1", "0x.8", "0x1.", "inf", "-nan",
          "  0x10  ", "0x1p1024", "0x1.ffffffffffffffp1023", "0xg", "0x", "0x1p", "0x1.0000000000000801p0", "0x0.0000000000001p-1022"]:
    try:
        print(s, repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(s, type(e).__name__, e)
try:
    float.fromhex(1)
except TypeError as e:
    print(type(e).__name__, e)
