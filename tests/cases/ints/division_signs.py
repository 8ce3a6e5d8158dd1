for a in [7, -7, 0, 1, -1, 13]:
    for b in [2, -2, 3, -3, 1, -1]:
        print(a, b, a // b, a % b, divmod(a, b), a / b)
for a, b in [(2 ** 64, -3), (-(2 ** 64), 3), (-(2 ** 64), -3), (5, 2 ** 64), (-5, 2 ** 64), (5, -(2 ** 64))]:
    print(a // b, a % b)
try:
    1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (2 ** 100) // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(10 ** 20 / 3, 1 / 3, -1 / 3, 2 ** 53 / 1, (2 ** 53 + 1) / 1, 10 ** 308 / 10 ** 290)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 / 10 ** 399, 1 / 10 ** 400, (10 ** 400 + 1) // 10 ** 399)
