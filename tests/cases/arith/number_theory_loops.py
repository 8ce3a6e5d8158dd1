def digits_sum(n):
    s = 0
    while n:
        n, d = divmod(n, 10)
        s += d
    return s


def is_armstrong(n):
    ds = str(n)
    return n == sum(int(d) ** len(ds) for d in ds)


def perfect(limit):
    return [n for n in range(2, limit) if sum(d for d in range(1, n) if n % d == 0) == n]


print(digits_sum(2 ** 1000), digits_sum(0), digits_sum(999999999999))
print([n for n in range(1, 1000) if is_armstrong(n)])
print(perfect(1000))


def to_base(n, b):
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = ""
    while n:
        n, r = divmod(n, b)
        out = chars[r] + out
    return sign + out


print([to_base(255, b) for b in (2, 8, 16, 36)], to_base(-10 ** 20, 7), int(to_base(10 ** 20, 36), 36))
