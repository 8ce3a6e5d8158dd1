def isqrt(n):
    if n < 0:
        raise ValueError("isqrt() argument must be nonnegative")
    x = n
    while x * x > n:
        x = (x + n // x) // 2
    return x


print(isqrt(99), isqrt(10 ** 20))
print(isqrt(-1))
