vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.5, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001,
        1e22, 1e-7, 3.14159, 2.5e-10, 1/3, 100.0, 1e100, -0.0, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'))
print(1e308 * 10, -1e308 * 10)
print(float("1.5"), float(" -2.25 "), float("1e3"), float("inf"), float("-Infinity"))
print(float(10), float(2 ** 60), float(-3))
print(0.1 * 3, 0.3, 0.1 * 3 == 0.3)
print(round(2.675, 2), 2.675)
