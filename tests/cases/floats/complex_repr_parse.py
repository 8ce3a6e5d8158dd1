# complex repr/str, parsing, signed zeros, attributes, conjugate, errors
vals = [complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), 1j, -1j, complex(1, 0), complex(1e16, 1e-7),
        complex(float("inf"), float("nan")), complex(float("-inf"), -0.0), complex(1.5, -2.5), complex(1e300 * 10, 1), 2 + 0j, -(0j)]
for c in vals:
    print(repr(c), str(c), c.real, c.imag, c.conjugate(), format(c), f"{c:.2f}", f"{c:>20}")
for s in ["1+2j", " ( 1-2j ) ", "1e3j", "-j", "+J", "inf+nanj", "1_0+2_0j", "j", "1", "(1)", "1+", "1+2", "1 + 2j", "(1+2j", "2j+1", "", "nanj", "-1.5e-3-0.5e+2j"]:
    try:
        print(repr(s), repr(complex(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(complex(1, 2) == 1 + 2j, complex(1) == 1, complex(1, 0) == 1.0, hash(complex(1, 0)) == hash(1), hash(complex(0, 1)), abs(3 + 4j))
for f in [lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([]), lambda: (1j) < (2j), lambda: int(1j), lambda: float(1j), lambda: abs(complex(1e308, 1e308)),
          lambda: complex(real=1, imag=2), lambda: complex(imag=3), lambda: 1j % 2, lambda: divmod(1j, 1), lambda: round(1j)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self): return 3j
class D(complex): pass
print(complex(C()), complex(D(1, 2)), type(complex(D(1, 2))).__name__, repr(D(1, 2)), D(1, 2) + 1, type(D(1, 2) + 1).__name__)
