print(pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7), pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5), pow(5, 0, 1), pow(5, 0, 7))
print(pow(3, -1, 7), pow(2, -3, 11), pow(-3, -1, 7), pow(38, -1, 97), pow(2 ** 100, -1, 2 ** 61 - 1))
for args in [(2, -1, 4), (0, -1, 5), (2, 3, 0), (6, -1, 9)]:
    try:
        print(pow(*args))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(pow(2, 3), pow(2, -1), pow(-8, 1 / 3) if False else "skip", pow(0, 0), pow(-2, -2), pow(2 ** 70, 2))
print(2 ** -1, (-2) ** -3, 10 ** -5, 0 ** 0, (-1) ** (2 ** 100), (-1) ** (2 ** 100 + 1))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(0, -2)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(True, 5), pow(2, True, 3), type(pow(2, 2)).__name__, type(pow(2, -2)).__name__)
print(pow(7, 10 ** 20, 13), pow(12345678901234567, 98765432109876543, 10 ** 18 + 9))
