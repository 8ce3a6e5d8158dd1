# Fibonacci into big ints, sum of squares, alternating series.
a, b = 0, 1
for _ in range(150):
    a, b = b, a + b
print(a)
print(sum(i * i for i in range(1, 1001)))
total = 0.0
sign = 1
for k in range(1, 20000, 2):
    total += sign * 4.0 / k
    sign = -sign
print(round(total, 6))
h = 0
for c in "taipan":
    h = (h * 31 + ord(c)) % (2 ** 32)
print(h)
x = 1
steps = 0
n = 27
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
    x = max(x, n)
print(steps, x)
