a = 2 ** 100
b = 3 ** 64
print(a)
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -7, a % -7)
print(divmod(a, 12345678901))
print(a ** 3)
print((a * b) // b == a)
print(a >> 50, a << 3, -a >> 99, -a >> 200)
print(a & (b - 1), a | b, a ^ b)
print(~a, -a & 0xFFFF, -b | 1)
n = 1
for i in range(1, 51):
    n *= i
print(n)
print(n % 1000000007)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20])
print(10 ** 30 // 10 ** 29, 10 ** 30 % 999)
print(int("123456789" * 5) + 1)
