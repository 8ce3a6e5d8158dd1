# int.to_bytes / int.from_bytes: signed, byteorder, defaults, errors
for n, length, order, signed in [(0, 1, "big", False), (255, 1, "big", False), (-1, 1, "big", True), (-128, 1, "little", True),
                                 (127, 1, "big", True), (128, 2, "little", True), (-129, 2, "big", True), (2**64, 9, "big", False),
                                 (-2**63, 8, "little", True), (1, 0, "big", False), (0, 0, "big", False), (0, 0, "big", True)]:
    try:
        print(n, length, order, signed, n.to_bytes(length, order, signed=signed))
    except Exception as e:
        print(n, length, order, signed, type(e).__name__, e)
for args in [(256, 1, "big"), (-1, 1, "big"), (128, 1, "big", True), (-129, 1, "big", True), (1, -1, "big"), (1, 1, "middle"),
             (1, 1, b"big"), (1, 2**64, "big"), (1, "1", "big")]:
    n, *rest = args
    signed = rest[2] if len(rest) > 2 else False
    try:
        print(n.to_bytes(rest[0], rest[1], signed=signed))
    except Exception as e:
        print(args, type(e).__name__, e)
print((5).to_bytes(), (5).to_bytes(2), (5).to_bytes(length=3, byteorder="little"), True.to_bytes(1, "big"))
for b, order, signed in [(b"", "big", False), (b"", "big", True), (b"\xff", "big", True), (b"\xff\x7f", "little", True),
                         (b"\x00\x80", "big", True), (bytearray(b"\x01\x02"), "little", False), ([1, 2, 3], "big", False),
                         (b"\x80" + b"\x00" * 20, "big", True), ((255, 255), "little", True)]:
    print(b, order, signed, int.from_bytes(b, order, signed=signed))
print(int.from_bytes(b"\x01\x00"), int.from_bytes(b"\x01\x00", "little"))
for bad in [("x", "big"), (b"\x01", "sideways"), ([256], "big"), ([-1], "big"), (1, "big"), (b"\x01", 1)]:
    try:
        print(int.from_bytes(*bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
class I(int): pass
print(type(I.from_bytes(b"\x05", "big")).__name__, I.from_bytes(b"\x05", "big"), type(bool.from_bytes(b"\x01", "big")).__name__, bool.from_bytes(b"\x00", "big"))
print((-1).to_bytes(10, "big", signed=True), (2**80 - 1).to_bytes(10, "little"), (-(2**79)).to_bytes(10, "big", signed=True))
