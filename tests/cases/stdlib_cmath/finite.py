# cmath: values on ordinary arguments (rounded: libm may differ in the last bit), branch cuts, errors
import cmath

def r(v):
    return '(%.11g, %.11g)' % (v.real, v.imag) if isinstance(v, complex) else '%.11g' % v

zs = [0.5 + 0.5j, -3 + 4j, 2 - 1e-10j, 1e-300 + 1e-300j, 5e-324 + 0j, 1e300 + 1e300j, -1e300 - 2j, 0.999999 + 0j,
      complex(-2, 0.0), complex(-2, -0.0), complex(2, 0.0), complex(2, -0.0), complex(0.0, 2), complex(-0.0, 2),
      complex(0.0, -2), complex(-0.0, -2), 1j, -1j, 1 + 0j, 700 + 1j, -700 + 1j, 1e-20 + 1e-20j]
for name in ['exp', 'log', 'log10', 'sqrt', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh', 'cos', 'sin', 'tan',
             'cosh', 'sinh', 'tanh']:
    f = getattr(cmath, name)
    out = []
    for z in zs:
        try:
            out.append(r(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(complex(-4, -0.0)), cmath.exp(0), cmath.log(1), cmath.acos(1))
print(r(cmath.log(8, 2)), r(cmath.log(1j, 1j)), r(cmath.log(100, 10)), r(cmath.log10(1000)))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1j), cmath.rect(2, 0), r(cmath.rect(2, cmath.pi / 2)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0, 1e-10j, abs_tol=1e-9), cmath.isclose(complex('inf'), complex('inf')), cmath.isclose(1, 1))


class Z:
    def __complex__(self):
        return 3 + 4j


class Fl:
    def __float__(self):
        return 0.25


class Ix:
    def __index__(self):
        return 4


print(cmath.sqrt(Z()), cmath.sqrt(Fl()), cmath.sqrt(Ix()), cmath.sqrt(True), cmath.exp(1.0))
for f, a in [(cmath.sqrt, ('x',)), (cmath.sqrt, (None,)), (cmath.log, (0,)), (cmath.log, (1, 0)), (cmath.log, (2, 1)),
             (cmath.atanh, (1,)), (cmath.atanh, (-1,)), (cmath.exp, (1000,)), (cmath.cosh, (1000 + 1j,)),
             (cmath.sinh, (-1000,)), (cmath.cos, (1000j,)), (cmath.isclose, (1, 2, 3)), (cmath.isclose, (1, 2)),
             (cmath.isclose, (1, 1, 0.1)), (cmath.isclose, (1, 1), {'rel_tol': -1}), (cmath.rect, (1,)), (cmath.rect, ('1', 2)),
             (cmath.rect, (1, float('inf'))), (cmath.log, ()), (cmath.log, (1, 2, 3)), (cmath.polar, (complex(1e308, 1e308),)),
             (cmath.sqrt, ()), (cmath.phase, ('a',)), (cmath.tan, (1e6j,)), (cmath.tanh, (-800 + 3j,))]:
    kw = a[1] if len(a) > 1 and isinstance(a[1], dict) else {}
    args = a[0] if kw else a
    try:
        print(f.__name__, r(f(*args, **kw)) if not isinstance(f(*args, **kw), (bool, tuple)) else f(*args, **kw))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
