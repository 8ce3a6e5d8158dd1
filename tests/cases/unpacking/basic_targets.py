a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, = [9]
print(h)
i, j, k = range(3)
print(i, j, k)
x = y = z = "same"
print(x, y, z, x is z)
p, q = {"one": 1, "two": 2}
print(p, q)
m, n = {7, 8} if False else (7, 8)
print(m, n)
a, b, c = a + 1, a + 2, a + 3
print(a, b, c)
