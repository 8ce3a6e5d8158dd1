values = [3, 2.5, True, -1, 10 ** 20, -0.5, False, 7.0, 2 ** 64 + 0.0]
print(sorted(values))
print(sorted(values, reverse=True))
print(min(values), max(values))
print(1 < 1.5 < 2 < 2.0000001, 2 ** 63 > 9.2e18, -(2 ** 63) < -9.2e18)
print(1 == 1.0 == True, 0 == -0.0 == False, 1 != 1.0000000000000002)
print(10 ** 16 + 1 > 1e16, 10 ** 16 + 1 == 1e16 + 1, float(10 ** 16 + 1) == 1e16)
