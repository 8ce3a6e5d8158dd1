for n, length, order, signed in [(0, 1, "big", False), (255, 1, "big", False), (256, 2, "little", False),
                                 (-1, 1, "big", True), (-128, 1, "big", True), (127, 1, "little", True),
                                 (2 ** 64, 9, "big", False), (-(2 ** 63), 8, "little", True), (1024, 4, "big", True)]:
    b = n.to_bytes(length, order, signed=signed)
    print(n, b, int.from_bytes(b, order, signed=signed))
print((5).to_bytes(), (5).to_bytes(2), (0).to_bytes(0, "big"), (65).to_bytes(1, byteorder="little"))
for args in [(256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True), (-129, 1, "big", True), (1, -1, "big", False)]:
    try:
        args[0].to_bytes(args[1], args[2], signed=args[3])
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    (1).to_bytes(1, "mid")
except ValueError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2], "little"))
print(int.from_bytes(bytearray(b"\x00\x01"), "big"), int.from_bytes(b"\x80" + b"\x00" * 20, "big", signed=True))
print(int.from_bytes(b"\x01\x00"), int.from_bytes(iter([1, 0]), "big"), bool.from_bytes(b"\x01", "big"))
try:
    int.from_bytes("str", "big")
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.from_bytes([256], "big")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int.from_bytes(b"\x01", "big", True)
except TypeError as e:
    print(type(e).__name__, e)
