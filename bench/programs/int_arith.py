# Integer arithmetic: add/sub/mul, floor division and modulo, shifts and bitwise
# operations, comparisons, with small ints, 64-bit-sized values and a few big ints.
def lcg(n):
    x = 12345
    acc = 0
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        acc += (x >> 16) % 1000 - (i & 7)
    return acc


def gcd_sum(n):
    total = 0
    for a in range(1, n):
        b = a * 7 + 3
        while b:
            a, b = b, a % b
        total += a
    return total


def digits(n):
    total = 0
    for i in range(n):
        v = i * 977
        while v > 0:
            total += v % 10
            v //= 10
    return total


def bits(n):
    count = 0
    mix = 0
    for i in range(n):
        v = i ^ (i << 3) | (i >> 2)
        while v:
            v &= v - 1
            count += 1
        mix = (mix * 31 + i) % 1000000007
    return count, mix


def bigpow(n):
    acc = 1
    for i in range(n):
        acc = (acc * 3 + i) % (1 << 100)
    return acc


print(lcg(1200000))
print(gcd_sum(1000000))
print(digits(400000))
print(bits(260000))
print(bigpow(1500000))
