print({1, 2, 3, 100, 1000, 10 ** 6}, {-1, -2, 2 ** 62, 2 ** 63, 1.5, 0.25})
print(set(range(0, 200, 13)), set(x * 1.5 for x in range(10)), {float(i) / 4 for i in range(-8, 8)})
s = {i * 8 for i in range(20)}
print(s)
for i in range(0, 160, 16):
    s.discard(i)
s |= {1, 3, 5}
print(s)
print(frozenset({7, 15, 23, 31}), {2 ** 61 - 1, 2 ** 61, 2 ** 61 + 1}, {-10.0, -9.75, -9.5, -9.25, -9.0})
d = dict.fromkeys([5, 13, 21, 29, 37, 45])
print(d, set(d))
