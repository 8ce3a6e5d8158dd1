# int(str, base): prefixes, underscores, whitespace, signs, bases 0/2..36, errors
for s, base in [("0x1F", 0), ("0o17", 0), ("0b101", 0), ("010", 0), ("0", 0), ("00", 0), ("0_0", 0), ("1_000", 10), (" 12 ", 10),
                ("+5", 10), ("-0x10", 16), ("0x10", 16), ("0X10", 0), ("z", 36), ("Z", 36), ("10", 2), ("12", 2), ("1__0", 10),
                ("_1", 10), ("1_", 10), ("", 10), (" ", 10), ("0x", 16), ("0b", 0), ("१२३", 10), ("١٢", 0), ("1e3", 10), ("1.0", 10),
                ("\u00a012\u2003", 10), ("0x_1", 0), ("0_x1", 0), ("07", 8), ("0o7", 8), ("0o7", 0), ("ff", 16), ("-_1", 10), ("+-1", 10)]:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print(repr(s), base, "ValueError", e)
for args in [("1", 1), ("1", 37), ("1", -1), (1, 10), (1.5, 2), ("1", 2**70), (b"12", 10), (bytearray(b"12"), 0), ("5", True)]:
    try:
        print(args, int(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(args, type(e).__name__, e)
print(int(), int(-0.9), int(1e20), int(True), int("  -00042  "), int(b" 7 "), int(memoryview(b"42")) if False else 0)
for v in [float("inf"), float("nan"), "inf", [], None, 1j]:
    try:
        print(int(v))
    except Exception as e:
        print(type(e).__name__, e)
class T:
    def __trunc__(self): return 9
print(int(T()))
print(int("9" * 100) % 1000, int("-" + "7" * 50, 8) % 10**9, int("z" * 30, 36) % 10**9)
