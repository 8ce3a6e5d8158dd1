print(abs(-5), abs(5.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-2 ** 100), abs(float("-inf")))
print(round(2.5), round(-2.5), round(3.14159, 2), round(1234, -2), round(0.5), round(1.5), round(-0.5), round(5, 0), round(2.675, 2))
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2), divmod(-7.5, -2), pow(2, 10), pow(2, -2), pow(2.0, 0.5), pow(-1, 0.5), pow(3, 4, 5))
for f in [lambda: abs(), lambda: abs(1, 2), lambda: round(), lambda: round(1, 2, 3), lambda: divmod(1), lambda: pow(), lambda: round(1.5, "1"),
          lambda: round(x=1), lambda: abs(x=1), lambda: divmod(1, 2, 3)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(round(number=2.567, ndigits=1), pow(base=3, exp=2), pow(2, 3, mod=3))
