print(1 + True, True + True, 3 * False, 2 ** True, 7 // True, 7 % True)
print(1 + 1.5, 2 * 0.5, 3 / 2, 3 // 2.0, 3 % 2.0, 2 ** 0.5, 2 ** -1.0, 4 ** 0.5, (-8) ** (1 / 3))
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 20 < 1e20 + 1)
print(2 ** 1023 * 2 > 1e308, 2 ** 1024 > float("inf"), -2 ** 1024 < float("-inf"), 1 < float("nan"), 1 == float("nan"))
print(int.__eq__(2, 2.0), 3 > 2.9999999999999996, 2 ** 63 == 9.223372036854776e18, 2 ** 63 - 1 == 9.223372036854776e18)
print(type(1 + 1.0).__name__, type(True + 1).__name__, type(True + 1.0).__name__, type(1 + 1j).__name__)
try:
    2 ** 10000 + 0.5
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2 ** 10000 * 1.0
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 10000 > 1e308, 2 ** 10000 == float("inf"), 2 ** 10000 // 1e308 if False else "")
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(2 ** 1023), float(2 ** 53 + 1), float(-(2 ** 64)), float(10 ** 22), float(10 ** 23))
