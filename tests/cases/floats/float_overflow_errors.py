for expr in ["1e308 * 10", "2.0 ** 1024", "10.0 ** 400", "(-10.0) ** 401", "2.0 ** -1075", "1e308 + 1e308", "float(10 ** 400)",
             "10 ** 400 / 3", "3 / 10 ** 400", "(-2.0) ** 0.5", "0.0 ** -1", "0.0 ** -1.5", "(-8.0) ** (1/3)", "float('inf') ** 0",
             "float('nan') ** 0", "1 ** float('nan')", "1e-320 / 10", "2 ** 1024 + 1.0", "(1e200) ** 2", "-(1e200 ** 2)",
             "float('inf') - float('inf')", "float('inf') * 0", "1.5 ** 1000", "0.5 ** 10000", "(-1.5) ** 1001"]:
    try:
        print(expr, repr(eval(expr)))
    except (OverflowError, ZeroDivisionError, ValueError) as e:
        print(expr, type(e).__name__, e)
import math
for f, a in [(math.exp, 1000), (math.sqrt, -1), (math.log, 0), (math.log, -1), (math.exp, -1000), (math.pow, (2, 10000))]:
    try:
        print(repr(f(*a) if isinstance(a, tuple) else f(a)))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
