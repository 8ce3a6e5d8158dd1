# statistics: variances exact (Fraction-based), correctly rounded standard deviations, two-variable functions, NormalDist
import statistics as s
from fractions import Fraction as F

for data in [[1, 2, 3, 4], [1, 2, 3], [F(1, 3), 2, 3], [0.1, 0.2, 0.3, 0.4], [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
             [1.5] * 5, [10**20 + 1, 10**20 + 2, 10**20 + 4], [1, 1e100, -1e100, 1], [F(1, 10), 0.2, 3],
             [3, float('inf'), 1], [float('nan'), 1, 2], [27.5, 1, 3.25, 9, 100.125, 1e-300, 7]]:
    for f in [s.variance, s.pvariance, s.stdev, s.pstdev]:
        try:
            r = f(data)
            print(f.__name__, r, type(r).__name__)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
print(s.variance([1, 2, 3, 4], 2.5), s.pvariance([1, 2, 3, 4], mu=2), s.stdev([1.5, 2.5, 3.5], xbar=2),
      s.pstdev([F(1, 2), F(3, 2)], F(1)), s.variance((x / 10 for x in range(20))))
for x, y in [([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]), ([1, 2, 3], [3, 2, 1]), ([1.5, 2.25, 7, 9.125], [0.1, 0.7, 0.6, 2.25]),
             ([1, 2, 3, 4], [2, 4, 6, 8])]:
    print(s.covariance(x, y), s.correlation(x, y), s.linear_regression(x, y), s.linear_regression(x, y, proportional=True))
for f in [lambda: s.variance([1]), lambda: s.pvariance([]), lambda: s.stdev([2]), lambda: s.pstdev([]),
          lambda: s.covariance([1, 2], [1]), lambda: s.covariance([1], [1]), lambda: s.correlation([1, 2], [1]),
          lambda: s.correlation([1], [2]), lambda: s.correlation([1, 1], [1, 2]), lambda: s.linear_regression([1], [2]),
          lambda: s.linear_regression([1, 2], [2]), lambda: s.linear_regression([1, 1], [1, 2]), lambda: s.variance(['a', 'b'])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
lr = s.linear_regression([1, 2, 3], [2, 4, 7])
print(lr.slope, lr.intercept, type(lr).__name__)

N = s.NormalDist
n = N(100, 15)
print(n, repr(N()), n.mean, n.median, n.mode, n.stdev, n.variance, N(1, 0))
print(n.pdf(90), n.cdf(115), n.inv_cdf(0.3), n.inv_cdf(0.999), n.inv_cdf(1e-10), N().inv_cdf(0.5), N().inv_cdf(1 - 1e-15))
print(n.quantiles(), [round(q, 9) for q in N().quantiles(10)], n.zscore(130), n.overlap(N(110, 20)), n.overlap(N(120, 15)), n.overlap(n))
print(n + 5, n - 5, n * 2, n / 2, 2 * n, 5 - n, -n, +n, n + N(10, 20), n - N(10, 20), n == N(100, 15), n == 5, hash(n) == hash(N(100.0, 15.0)))
print(N.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), N.from_samples([1, 2, 3, 4]))
print([round(x, 6) for x in N(0, 1).samples(3, seed=42)], len(N().samples(5)))
for f in [lambda: N(0, -1), lambda: N(1, 0).pdf(1), lambda: N(1, 0).cdf(1), lambda: N().inv_cdf(0), lambda: N().inv_cdf(1.5),
          lambda: N(1, 0).inv_cdf(0.5), lambda: N(1, 0).zscore(1), lambda: N().overlap(1), lambda: N(1, 0).overlap(N()),
          lambda: N.from_samples([1]), lambda: N() * N()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
