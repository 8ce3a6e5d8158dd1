print(2 ** -2, (-2) ** -3, 10 ** -10, (-1) ** -1)
print(3 ** 100)
print((-3) ** 101)
print(7 ** 0, 0 ** 7, (-7) ** 0, 1 ** -5)
print(2 ** 0.5 ** 2, (2 ** 0.5) ** 2)
print(pow(-27, 1 / 3))
print(10 ** 18 * 10 ** 18 == 10 ** 36, (2 ** 64) ** 2 == 2 ** 128)
x = 5
x **= -1
print(x)
try:
    2 ** -1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(int(2 ** 0.5 * 10 ** 10), 4 ** 0.5, type(4 ** 0.5).__name__, type(4 ** 2).__name__)
