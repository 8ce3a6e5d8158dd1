# datetime.timedelta: normalisation, float rounding, arithmetic, reprs and str, errors
from datetime import timedelta as T

for kw in [dict(days=1.5), dict(hours=-1.25), dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=-0.5),
           dict(seconds=1e-7 * 5), dict(weeks=1, minutes=-3.3), dict(days=-1), dict(seconds=-1), dict(milliseconds=1.0005),
           dict(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999), dict(), dict(minutes=2**40)]:
    t = T(**kw)
    print(kw, repr(t), str(t), t.days, t.seconds, t.microseconds, t.total_seconds(), bool(t))
a = T(days=3, seconds=7, microseconds=11)
b = T(hours=5, microseconds=-3)
print(repr(a + b), repr(a - b), repr(-a), repr(+a), repr(abs(-a)), repr(a * 3), repr(3 * a), repr(a * 1.7), repr(a * -0.5))
print(repr(a / 3), repr(a / 0.7), a / b, a // b, repr(a // 7), repr(a % b), divmod(a, b), repr(a / 2.5e-7))
print(a > b, a == T(3, 7, 11), a != b, a == 5, T(0) < T.resolution, T.min, T.max, repr(T.resolution), hash(a) == hash(T(3, 7, 11)))
print(sorted([a, b, -a, T(0)]), str(T(days=-2, seconds=5)), str(T(microseconds=-1)), str(T(days=5)), str(T(days=1, microseconds=7)))
for f in [lambda: T(days=1e10), lambda: T(days=10**9), lambda: T.max + T.resolution, lambda: T.min - T(1), lambda: a / 0,
          lambda: a // 0, lambda: T(days='1'), lambda: T(1) / T(0),
          lambda: T(seconds=None)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
