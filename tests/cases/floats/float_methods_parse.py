# float methods and parsing: is_integer, as_integer_ratio, hex, fromhex, float() of strings, errors
for x in [0.0, -0.0, 1.5, -2.0, 1e300, 5e-324, 0.1, float("inf"), float("nan")]:
    out = [repr(x), x.is_integer()]
    for f in [x.as_integer_ratio, x.hex, lambda: int(x), lambda: round(x), lambda: x.__trunc__(), lambda: x.__floor__(), lambda: x.__ceil__(), x.conjugate]:
        try:
            out.append(f())
        except (OverflowError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(*out)
for s in ["1_0.5", "1__0", "_1", "1e", "1e+", "  -1.5e-3  ", "+inf", "-iNfInItY", "nan", "-nan", "infinity", "inf1", "0x10", "1.", ".5", ".", "",
          "١.٥", "1e400", "-1e400", "1e-400", "0.1e1_0", "1_0e1_0", "\t\n 7 \r", "1,5", "1 5", "NaN", "+.e1", "9" * 400]:
    try:
        print(repr(s[:20]), repr(float(s)))
    except ValueError as e:
        print(repr(s[:20]), "ValueError", str(e)[:60])
for v in [b"1.5", bytearray(b" 2 "), True, 10**400, "x", None, [], 1j]:
    try:
        print(repr(float(v)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(float.__getformat__("double"), (0.5).real, (0.5).imag, float(7).__int__(), (2.5).__round__(), (2.5).__round__(0), type((2.5).__round__(0)).__name__)
print(1e16, 1e15, 123456789012345678.0, 0.0001, 0.00001, 1.5e-7, -0.0, 2**0.5, 1/3, 100.0, 1e22, 1e-5, 9.999999999999999e22, float(2**53 + 1))
print(float.fromhex((0.1).hex()) == 0.1, (1e-320).hex(), (-0.0).hex(), float("0.1") + float("0.2"), 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 16))
