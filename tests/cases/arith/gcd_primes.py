def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def primes(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, n + 1, i):
                sieve[j] = False
    return [i for i, p in enumerate(sieve) if p]


print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), gcd(2 ** 100, 6 ** 50))
ps = primes(200)
print(len(ps), ps[:10], ps[-3:])
print(sum(primes(10000)))


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


print(isqrt(10 ** 40), isqrt(2 * 10 ** 30), isqrt(99))
