import math

names = sorted(n for n in dir(math) if not n.startswith('_'))
print(names)
print(math.isqrt(10**40 + 12345), math.isqrt(0), math.isqrt(99))
print(math.comb(50, 25), math.comb(5, 7), math.perm(10, 3), math.perm(5), math.perm(3, 5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2], start=2), math.prod(range(1, 25)))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.hypot(3, 4, 12), math.hypot())
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
print(math.gcd(12, 18, 24), math.gcd(), math.gcd(0, 0), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(1e300), math.ulp(0.0))
print(math.factorial(20), math.factorial(0), math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(7, 4))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.modf(3.25), math.frexp(48.0), math.ldexp(0.75, 6))
print(math.log(8, 2), math.log2(1024), math.log10(1e-5), math.log1p(1e-20), math.exp2(10), round(math.cbrt(27), 12))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1e308), math.isinf(-math.inf))
print(math.pi, math.e, math.tau, math.inf, math.nan)
for f in (math.erf, math.erfc, math.gamma, math.lgamma):
    print(f.__name__, [round(f(x), 10) for x in (0.1, 0.5, 1.0, 2.5, 4.0)])
print(math.gamma(5), math.gamma(1), math.gamma(0.5) ** 2 - math.pi < 1e-12, math.lgamma(1), math.lgamma(2))
print(math.erf(0.0), math.erf(-0.0), math.erf(7), math.erfc(30), math.erf(math.inf), math.erfc(-math.inf))
for expr in ['math.gamma(0)', 'math.gamma(-2)', 'math.gamma(200)', 'math.lgamma(0)', 'math.lgamma(-3)', 'math.isqrt(-1)',
             'math.comb(-1, 2)', 'math.perm(5, -1)', 'math.factorial(-1)', 'math.factorial(2.0)', 'math.sqrt(-1)',
             'math.log(0)', 'math.dist((1,), (1, 2))', 'math.gcd(1.5)', 'math.comb(1.5, 1)', 'math.exp(1000)',
             'math.lgamma(math.inf)', 'math.gamma(math.nan)', 'math.ldexp(1.0, 2000)', 'math.prod(1)']:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
import random
random.seed(3)
pts = [[random.uniform(-1e3, 1e3) for _ in range(random.randrange(1, 6))] for _ in range(300)]
print(sum(math.hypot(*p) for p in pts), [math.hypot(*p) for p in pts[:8]])
print([math.dist(p, [0.5] * len(p)) for p in pts[:8]], math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(-3), math.hypot(0.0, -0.0))
