for v in [0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 2.675, 0.125, 0.375, 1e16 + 1, -0.0, 0.49999999999999994]:
    print(repr(v), round(v), round(v, 1), round(v, 2), round(v, -1), repr(round(v, 0)))
print(round(1234.5678, -2), round(1234.5678, 3), round(1.23456789e10, -5), round(5e-324, 400), round(1e300, -400))
print(round(123.456, 10 ** 9), round(123.456, -10 ** 9), round(-123.456, -308))
try:
    round(1.5e308, -308)
except OverflowError as e:
    print(type(e).__name__, e)
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(v, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
try:
    round(2.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
print(round(2 ** 70 + 0.0), round(1e20), round(-1e20))
