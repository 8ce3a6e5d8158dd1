M = 2 ** 61 - 1
for n in [0, 1, -1, -2, 2, 2 ** 31, 2 ** 32, 2 ** 60, M - 1, M, M + 1, 2 ** 62, 2 ** 63, 2 ** 64, 2 ** 100, -(2 ** 100), 10 ** 30, -M, -M - 1, 3 ** 200]:
    print(n, hash(n), hash(n) == hash(float(n)) if abs(n) < 2 ** 1000 else None)
print(hash(True), hash(False), hash(-1) == hash(-2))
print({hash(i) for i in range(-3, 4)})
print(hash(2 ** 61 - 2) == 2 ** 61 - 2, hash(-(2 ** 61 - 2)))
