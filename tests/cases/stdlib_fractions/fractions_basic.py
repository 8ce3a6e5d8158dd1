from fractions import Fraction as F
import math
import numbers

print(F(3, 4), F(6, -8), F(), F(5), F(0, 7), repr(F(1, 3)), F(F(1, 2), F(1, 3)))
for s in ['3/4', ' -1.5 ', '1e3', '2.5e-3', '.5', '5.', '1_000/3', '+7', '-0', '3.14159', '1E+2', '  10/4  ']:
    print(repr(s), F(s))
for bad in ['abc', '1/', '/2', '1.5/2', '', '1__0', '1_', '_1', 'e5', '1e', '3/0', '.', '1/2/3', '1 /2']:
    try:
        print(repr(bad), F(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(bad), type(e).__name__, e)
for args in [(1, 0), (1.5, 2), ('1', 2), ([],)]:
    try:
        F(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
print(F(0.1), F(-2.75), F.from_float(0.5), F.from_float(3), F(2.5).as_integer_ratio())
for bad in [float('nan'), float('inf')]:
    try:
        F(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a))
print(a + 1, 1 + a, a - 1, 1 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, 7 % a, divmod(7, a))
print(a + 0.5, 0.5 + a, a * 2.0, a / 0.5, a + 1j, 1j * a, a ** 2, a ** -2, F(-2, 3) ** -3, 2 ** F(1, 2), F(4) ** F(1, 2), 2 ** F(3), F(1, 2) ** 0.5)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    a / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(a < b, a > b, a <= 1, a >= 0.3, a == F(2, 6), a == 1, F(2) == 2, F(1, 2) == 0.5, F(1, 2) != 0.5, a < float('inf'), a > float('nan'), a == complex(1, 0) / 3)
print(sorted([F(1, 2), 0.25, F(1, 3), 1, 0]), max(F(7, 3), 2), min(F(-1, 2), -0.6))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(-7, 2)), float(F(1, 3)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(12345, 1), -2), bool(F(0)), bool(a))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), hash(F(10**30, 7)))
print(F(3.141592653589793).limit_denominator(1000), F('3.141592653589793').limit_denominator(100), F(1, 3).limit_denominator(10), F(7, 11).limit_denominator(3))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print('ValueError', e)
print(isinstance(a, numbers.Rational), isinstance(a, numbers.Real), isinstance(1, numbers.Integral), isinstance(1.5, numbers.Rational), isinstance(1j, numbers.Complex), issubclass(bool, numbers.Number))
print(a.numerator, a.denominator, sum([F(1, n) for n in range(1, 11)]), {F(1, 2): 'half'}[0.5])
class MyF(F):
    pass
print(repr(MyF(1, 2)), type(MyF(1, 2) + 1).__name__, str(F(-3, 1)), f'{F(1, 2)}', '%s' % F(5, 10))
try:
    F.from_float('x')
except TypeError as e:
    print('TypeError', e)
import copy
print(copy.copy(a) is a, copy.deepcopy(a) == a)
