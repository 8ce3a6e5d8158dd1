big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), big + 1 > float(big))
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(float("inf") > 10 ** 1000, float("-inf") < -(10 ** 1000), float("nan") == 10 ** 1000)
print(0.5 < 1, -0.5 > -1, 1 <= 1.0, 2 ** 1000 > 1e300)
print(sorted([3, 1.5, -2, 2 ** 64, 1e19, -1e-9, 0]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-15)
