print(1 + 2.0, 3 * 0.5, 10 - 0.25, 7 // 2.0, 7 % 2.5)
print(2 ** 100 + 0.5)
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308, -10 ** 400 < -1e308)
print(True + True, True * 3.5, False - 1, True / 2)
print(type(True + 1).__name__, type(1 + 1.0).__name__, type(True + False).__name__)
print(3 < 3.5 < 4, 0.1 + 0.2 > 0.3)
print(hash(1) == hash(1.0) == hash(True))
print({1: "a", 1.0: "b", True: "c"})
print(sum([1, 2.5, 3]), sum([0.1] * 10))
x = 5
x /= 2
print(x, type(x).__name__)
x = 5
x //= 2.0
print(x, type(x).__name__)
