# cmath: every function over infinities, nans and signed zeros (C99 Annex G values), exact
import cmath
import math

inf, nan = float('inf'), float('nan')
parts = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]


def show(v):
    if isinstance(v, complex):
        return '(%s,%s)' % (show(v.real), show(v.imag))
    if v == 0:
        return '-0' if math.copysign(1, v) < 0 else '0'
    if math.isinf(v) or math.isnan(v) or v in (math.pi, -math.pi, math.pi / 2, -math.pi / 2, math.pi / 4,
                                                -math.pi / 4, 3 * math.pi / 4, -3 * math.pi / 4, 1.0, -1.0):
        return repr(v)
    return '%.10g' % v


for name in ['exp', 'log', 'log10', 'sqrt', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh', 'cos', 'sin', 'tan',
             'cosh', 'sinh', 'tanh']:
    f = getattr(cmath, name)
    row = []
    for x in parts:
        for y in parts:
            if math.isfinite(x) and math.isfinite(y) and x and y:
                continue
            try:
                row.append(show(f(complex(x, y))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__[:5])
    print(name, ' '.join(row))
for r in parts:
    print('rect', r, [show(cmath.rect(r, p)) if not (math.isinf(p) and math.isfinite(r) and r) else 'skip' for p in parts])
for z in [complex(inf, 0), complex(nan, 1), complex(-0.0, -0.0), complex(3, -0.0)]:
    print('polar/phase', show(z), [show(v) for v in cmath.polar(z)], show(cmath.phase(z)))
print(cmath.isnan(complex(nan, 0)), cmath.isinf(complex(0, -inf)), cmath.isfinite(1 + 2j), cmath.isfinite(complex(nan, 0)))
