print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 3), pow(0, 0))
print(pow(3, 200, 1000), pow(7, 0, 13), pow(5, 3, -7), pow(-5, 3, 7))
print(pow(3, -1, 7), pow(10, -2, 13))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print((-8) ** (1 / 3))
print(2 ** 0.5 * 2 ** 0.5, 10 ** -1, (-1) ** 1001, (-1) ** 1000)
print(pow(123456789, 987654321, 10 ** 9 + 7))
