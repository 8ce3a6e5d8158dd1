class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
u = U()
print(-u, +u, ~u, abs(u))
class Nothing:
    pass
for f, name in [(lambda x: -x, "-"), (lambda x: +x, "+"), (lambda x: ~x, "~"), (abs, "abs")]:
    try:
        f(Nothing())
    except TypeError as e:
        print(name, type(e).__name__, e)
for v in [5, -5, 0, 2 ** 70, True, False, 1.5, -0.0, 3j, float("nan")]:
    r = []
    for f in (lambda x: -x, lambda x: +x, abs):
        r.append(repr(f(v)))
    try:
        r.append(repr(~v))
    except TypeError as e:
        r.append(str(e))
    print(repr(v), r)
for s in ["a", [1], (), None, {}]:
    try:
        -s
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ~"x"
except TypeError as e:
    print(type(e).__name__, e)
print(-(-(2 ** 63)), abs(-2 ** 63), ~(2 ** 64), -True, ~True, +False)
