for a in (-13, -1, 0, 1, 13, 2 ** 70, -(2 ** 70)):
    for b in (4, -4, 3 ** 45):
        q, r = divmod(a, b)
        assert q * b + r == a
        print(a, b, q, r)
print(divmod(7.0, 2), divmod(-7, 2.0), divmod(1e300, 1e-300)[1])
print(divmod(True, 2), divmod(-9, True))
