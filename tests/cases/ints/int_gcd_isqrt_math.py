import math
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2 ** 100, 2 ** 60 * 3), math.gcd(), math.gcd(7))
print(math.lcm(4, 6), math.lcm(0, 5), math.lcm(), math.lcm(2 ** 40, 3 ** 20))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40), math.isqrt(2 ** 101))
try:
    math.isqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(math.factorial(0), math.factorial(20), math.factorial(30))
try:
    math.factorial(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(math.comb(10, 3), math.comb(100, 50), math.perm(5, 2), math.perm(5), math.comb(3, 5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2 ** 40] * 3))
try:
    math.gcd(1.5, 2)
except TypeError as e:
    print(type(e).__name__, e)
