print(int(), int("42"), int("-17"), int("  9  "), int("+5"), int("1_000_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("0o777", 0), int("101", 2))
print(int("z", 36), int("Zz", 36), int("0b11", 0), int("10", 3))
print(int(True), int(False), int(-7.9), int(2.5e10))
print(int("9" * 40))
for bad in ["", "1.5", "abc", "0x10", "1__0", " ", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("12", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("010", 0)
except ValueError as e:
    print(type(e).__name__, e)
print(int("010"), int("0", 0), int("00", 0))
