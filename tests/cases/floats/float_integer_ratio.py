for v in [0.0, -0.0, 1.0, 0.5, 0.1, -2.75, 1e-10, 1e20, 5e-324, 1.7976931348623157e308, 3.0, 2 ** -1074]:
    print(repr(v), v.as_integer_ratio(), v.is_integer())
for v in [float("inf"), float("nan")]:
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(v.is_integer())
print((2.5).conjugate(), (2.5).real, (2.5).imag, float.__trunc__(-2.7), (2.5).__floor__(), (-2.5).__ceil__())
import math
print(math.trunc(-3.9), math.floor(-3.1), math.ceil(3.1), math.floor(1e20), type(math.floor(2.0)).__name__)
try:
    math.floor(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ceil(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(int(2.9), int(-2.9), int(1e300) % 1000, int(5e-324), int(-0.0))
