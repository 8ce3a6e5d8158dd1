a, b = 2.5, -1.25
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, b ** 3)
print(abs(b), -a, +b)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print(2.0 ** -1, (-8.0) ** 3, 10.0 ** -3)
print(1.5.is_integer(), 2.0.is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print(3.7 // 1, -3.7 // 1, 3.7 % 1 < 1)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308)
print(int(3.99), int(-3.99), int(1e20), int(-0.5))
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(float.fromhex("0x1.8p1"), (3.0).hex())
print(max(1.5, 2), min(-0.0, 0.0), 1e300 * 1e10)
