a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a + b, -a - b, -a * b, -a / b, -a // b, -a % b)
print(a + -b, a * -b, a // -b, a % -b, -a // -b, -a % -b)
print(0 * a, 0 // a, 0 % a, a ** 0, 0 ** 0, 1 ** 1000)
print(+a, -(-a), ~a, ~-a, ~0)
x = 10
x += 3
print(x)
x -= 20
print(x)
x *= -4
print(x)
x //= 3
print(x)
x %= 7
print(x)
x **= 3
print(x)
