print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 1 - 0.9, 0.3 - 0.1, 100 * 1.1, 3 * 0.1 == 0.3, sum([0.1] * 10), 2.675 * 100)
import math
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]))
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0, 9007199254740993 + 0.0, 0.1 ** 2, 1 / 7 * 7)
print(1.0 / 3.0 * 3.0, 1e-300 * 1e-300, 1e308 + 1e292, 4.35 * 100, 1.15 * 100, 0.57 * 100, 8.675 * 1000)
print(math.sqrt(2) ** 2, math.pi, math.e, math.tau, math.sin(math.pi), math.cos(0), math.atan2(1, 1) * 4)
print(math.hypot(3, 4), math.hypot(), math.hypot(1e200, 1e200), math.dist((0, 0), (3, 4)), math.log(8, 2), math.log10(1000), math.log2(1024))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([1, 2.5]), sum([], 0.0), -0.0 + 0.0, -0.0 - 0.0, -0.0 * 1)
print(round(0.1 + 0.2, 15), math.ulp(1.0), math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0))
