vals = [0.0, -0.0, 0.5, -0.5, 1.5, 2.0, 1e10, 1e20, 1e300, 1e-300, 5e-324, 0.1, 3.141592653589793, -2.5, 2.0 ** 61, 2.0 ** 62, 1.7976931348623157e308,
        float("inf"), float("-inf"), 123456.789, 1 / 3, -1.0]
print([hash(v) for v in vals])
print(hash(1.0) == hash(1), hash(2.0 ** 70) == hash(2 ** 70), hash(-1.0), hash(0.5) == hash(1 / 2), hash(1e22) == hash(10 ** 22))
nan = float("nan")
print(hash(nan) == hash(nan), hash(nan) == object.__hash__(nan))
