vals = [0j, -0j, 1j, -1j, 1 + 2j, 1.5 - 2.5j, complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0), 1e20j, 1e-7 + 3j,
        complex(float("inf"), float("nan")), complex(float("-inf"), -1), complex(1, float("nan")), 2j ** 2]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, v.conjugate())
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, abs(a), -a, +a, a == 3 + 4j, a != b, a == 3, 3 + 0j == 3)
print(a + 1, 1 + a, a * 2.0, 2 / a, a ** 0, 0j ** 0, 1j ** 1j, pow(a, 2), (1 + 1j) ** 10)
for expr in ["a / 0", "a // b", "a % b", "0j ** -1", "a < b", "divmod(a, b)", "abs(complex(1e308, 1e308))", "int(a)", "float(a)"]:
    try:
        print(expr, eval(expr))
    except (ZeroDivisionError, TypeError, OverflowError) as e:
        print(expr, type(e).__name__, e)
print(hash(1 + 0j) == hash(1), hash(0j), hash(1j), hash(3 + 4j), hash(-1 + 0j))
