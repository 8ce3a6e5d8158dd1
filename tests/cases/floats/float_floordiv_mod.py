vals = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (-1.0, 0.1), (5, 1.5), (0.0, 1), (-0.0, 1), (0.0, -1),
        (1e308, 1e-308), (3.0, float("inf")), (-3.0, float("inf")), (3.0, float("-inf")), (float("inf"), 3.0), (1, float("nan"))]
for a, b in vals:
    try:
        print(a, b, repr(a // b), repr(a % b), divmod(a, b), repr(a / b))
    except (ZeroDivisionError, OverflowError) as e:
        print(a, b, type(e).__name__, e)
for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0.0), (1.0, -0.0)]:
    for op in ["/", "//", "%"]:
        try:
            eval(f"a {op} b")
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
import math
print(math.fmod(-7.5, 2), math.fmod(7.5, -2), repr(-0.0 % 5), repr(0.0 % -5), repr(-1e-300 % 1.0))
