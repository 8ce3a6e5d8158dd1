print(1 < 2 < 3, 3 > 2 > 2, 1 == 1 == 1.0, 1 < 3 > 2, 0 <= 0 < 1 != 2)
a = [5, -3, 2 ** 70, -2 ** 70, 0, 7, 2 ** 63, -2 ** 63]
print(sorted(a), max(a), min(a), sorted(a, reverse=True)[:3])
print(sorted([3, 1.5, True, 2 ** 64, -0.5, False]))
x = 10 ** 100
print(x == 10 ** 100, x is not None, x > 10 ** 100 - 1, x < x + 1)
print((1).__lt__(2), (2).__gt__(1), (2).__le__(2.5), (2).__ge__("x"))
print(5 in range(10 ** 20), 10 ** 20 in range(10 ** 20), -1 in range(-5, 0), 3 in range(0, 10, 2))
print(range(10 ** 30).index(10 ** 29), range(0, 10 ** 30, 7).count(14), len(range(-10, 10 ** 19, 3)))
