print(1 / 2, 3 / 4, -1 / 3, 10 / 5, 2 / 3)
print(7 / -2, -7 / 2, 0 / 5, 0 / -5)
print(1 / 3 + 1 / 3 + 1 / 3)
print(10 ** 20 / 10 ** 10, 2 ** 70 / 2 ** 69)
print(1 / 7 * 7)
print(22 / 7)
big = 10 ** 400
print(big / 10 ** 399)
print(big // 3 / 10 ** 399)
try:
    print(big / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print(1.0 / 3.0, 2.5 / 0.5, -0.0 / 1)
for d in (1, 1.0, 0.5):
    print(3 / d, type(3 / d).__name__)
