print(float.__name__, (1.5).__int__(), (1.5).__float__(), float.__new__(float, "2.5"), (2.0).__hash__(), (-1.0).__hash__())
print((1.5).__add__(1), (1.5).__radd__(1), (1.5).__add__("x"), (1.5).__rsub__(4), (2.0).__rpow__(3), (2.0).__pow__(3))
print((7.5).__floordiv__(2), (7.5).__rfloordiv__(20), (7.5).__mod__(2), (7.5).__rmod__(20), (7.5).__divmod__(2))
print((1.5).__eq__(1.5), (1.5).__lt__(2), (1.5).__gt__("x"), (3.0).__round__(), (3.567).__round__(2), (0.0).__bool__())
print(float.__getformat__("double"), (1.5).__trunc__(), (-1.5).__abs__(), (1.5).__neg__(), (1.5).__pos__())
print(float("1.5").__format__(".3f"), (1e100).__format__(","), (1234567.0).__format__(",.1f"), (0.5).__format__("%"))
x = 1.0
x += 1; x *= 2.5; x -= 0.5; x /= 2; x //= 1; x **= 3; x %= 5
print(x)
print(1.0 + True, 2.5 * False, True / 2.0, 1e0 == True, 0.0 == False, hash(1.0) == hash(True))
