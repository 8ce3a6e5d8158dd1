x = 1
for i in range(100):
    x = x * 3 + i
print(x, x.bit_length())
y = x
x += 1
print(x - y, y == x - 1)
acc = 0
for i in range(1, 200):
    acc ^= i * i * i << (i % 7)
print(acc)
v = 2 ** 62
v += v
print(v, type(v).__name__)
w = -(2 ** 63)
w -= 1
print(w)
k = 3037000500
print(k * k, -k * k, k * -k)
print((2 ** 31) * (2 ** 31), (2 ** 32) * (2 ** 31), 4611686018427387904 * 2, -4611686018427387904 * 2)
print(9223372036854775807 + 9223372036854775807, -9223372036854775807 - 9223372036854775807)
