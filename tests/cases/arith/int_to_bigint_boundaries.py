m = 2 ** 63 - 1
print(m, m + 1, -m - 1, -m - 2)
print(m * 2, m * m)
print(-(-m - 1))
print((-m - 1) // -1)
print(abs(-m - 1))
print((-m - 1) * -1)
print(m + m + 2 - 2 ** 64)
print(2 ** 62 + 2 ** 62)
print(2 ** 31 * 2 ** 32)
x = 1
for i in range(70):
    x *= 2
print(x, x - 1, x // 3, x % 1000)
print(m << 1, (m + 1) >> 1, 1 << 64, 1 << 63)
print(-(2 ** 63) % 10, -(2 ** 63) // 10)
print(9223372036854775807 + 1 == 9223372036854775808)
print(type(2 ** 64 - 2 ** 64).__name__, 2 ** 64 - 2 ** 64)
print(3 ** 40 // 3 ** 39)
