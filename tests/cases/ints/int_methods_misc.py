for n in [0, 7, -7, 2 ** 100, -(2 ** 100), True]:
    print(n, n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator, n.is_integer() if hasattr(n, "is_integer") else "-")
print(int.__name__, (5).__index__(), (5).__int__(), (5).__float__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__())
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(15, -1), round(25, -1))
print(round(2 ** 100 + 5, -1), round(7, -10), round(-7, 0), type(round(7, 1)).__name__, round(7, -2 ** 70) if False else "")
print(int.__abs__(-3), int.__neg__(3), int.__bool__(0), int.__invert__(0), int.__pos__(-2))
print((10).__divmod__(3), (10).__rdivmod__(3), (10).__rpow__(2), (3).__pow__(2, 5), (10).__rsub__(1))
print(int(), int(3.99), int(-3.99), int(True), int(1e20), int(-0.0), int("  -12  "), int(2 ** 100 * 1.0))
print(int.__new__(int, "7"), int.__sizeof__(0) > 0, (1).__format__("x"), (255).__format__("#X"))
print((12).__lt__(13), (12).__eq__(12.0), (12).__eq__("12"), (12).__hash__())
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(int("-0"), -0, 0 == -0, str(-0), (-0).__repr__())
