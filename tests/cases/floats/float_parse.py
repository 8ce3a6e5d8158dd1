for s in ["1", "  1.5  ", "-.5", "+5.", "1e5", "1E-5", "inf", "-Infinity", "iNfInItY", "nan", "-nan", "NaN", "1_000.5", "1__0", "_1",
          "1_", "0x1p3", "", " ", "1e", "e5", ".", "1.2.3", "١٫٥", "١.٥", "\u20031.25\u2003", "1e-400", "4.9e-324", "2.5e-324",
          "1.7976931348623159e308", "1" * 400, "0." + "0" * 400 + "1", "infinity ", "in f"]:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float(b"1.5"), float(bytearray(b"2")), float(), float(True), float(10 ** 20), float(-(2 ** 53 + 1)))
for v in [None, [], "1,5", b"x"]:
    try:
        float(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
