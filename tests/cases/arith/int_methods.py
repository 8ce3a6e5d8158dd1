print((10).to_bytes(2, "big"), (10).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"))
print((6).as_integer_ratio(), (-3).numerator, (5).denominator, (8).real, (8).imag)
print((5).conjugate(), abs(-12), (-12).__abs__())
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print(int.__name__, (3).__class__.__name__, isinstance(True, int))
print((2 ** 80).to_bytes(11, "big").hex())
print((1000).__add__(1), (1000).__radd__(2), (7).__floordiv__(2), (7).__mod__(-2))
print((3).__add__(1.5))
