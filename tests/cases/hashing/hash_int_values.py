M = 2 ** 61 - 1
vals = [0, 1, -1, -2, 7, -7, 2 ** 31 - 1, 2 ** 32, 2 ** 62, 2 ** 63 - 1, -(2 ** 63), 2 ** 64 + 1, M, M + 5, -M, 10 ** 20, -(10 ** 20), 7 ** 77]
print([hash(v) for v in vals])
print([hash(v) == hash(v % M if v >= 0 else -((-v) % M)) or v == -1 for v in vals[:10]])
print(hash(True), hash(False), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 122), hash(-(2 ** 122) + 1))
