# float floor division, modulo and divmod signs; zero divisors; inf/nan operands
vals = [7.5, -7.5, 2.0, -2.0, 0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1e-310, 3]
for a in vals:
    for b in vals:
        out = []
        for name, f in [("//", lambda: a // b), ("%", lambda: a % b), ("divmod", lambda: divmod(a, b))]:
            try:
                out.append(repr(f()))
            except ZeroDivisionError as e:
                out.append("ZDE:" + str(e))
        print(repr(a), repr(b), *out)
print(divmod(-1, 3), divmod(1, -3), divmod(-7, -2), -7 // 2, -7 % 2, 7 % -2, divmod(10**20, -7), divmod(-10**20, 7))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (1j, 0), (10**30, 0)]:
    for f in [lambda: a / b, lambda: a // b, lambda: a % b, lambda: divmod(a, b)]:
        try:
            f()
        except (ZeroDivisionError, TypeError) as e:
            print(type(e).__name__, e)
