import math
vals = [0, 1, 2.5, -3.7, 10**20, 1e300]
for f in ["sqrt", "exp", "log", "log2", "log10", "atan", "floor", "ceil", "fabs", "trunc", "degrees", "radians", "isfinite", "isnan", "cbrt", "expm1", "log1p", "tanh"]:
    out = []
    for v in vals:
        try:
            out.append(repr(getattr(math, f)(v)))
        except (ValueError, OverflowError, TypeError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(f, out)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.factorial(20), math.factorial(0), math.gcd(12, 18, 27), math.lcm(4, 6), math.isqrt(10**20 + 5), math.comb(10, 3), math.perm(5, 2), math.perm(4))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.fsum([0.1] * 10), sum([0.1] * 10), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
print(math.isclose(1.0, 1.0000000001), math.isclose(1, 1.1), math.copysign(3, -0.0), math.fmod(7, 3), math.remainder(7, 3), math.modf(3.5), math.modf(-2.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.pow(2, 10), math.atan2(1, 1), math.log(8, 2), math.log(10**100), math.floor(-0.5), math.ceil(-0.5), math.ulp(1.0), math.nextafter(1.0, 2.0))
for bad in ["math.factorial(-1)", "math.factorial(2.0)", "math.sqrt(-1)", "math.log(0)", "math.exp(1000)", "math.floor(math.nan)", "math.ceil(math.inf)", "math.isqrt(-1)", "math.sqrt('x')", "math.pow(0, -1)", "math.acos(2)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
