# statistics: averages with exact results and CPython's result types, medians, modes, quantiles, errors
import statistics as s
from fractions import Fraction as F

cases = [[1, 2, 3], [1, 2, 3, 4], [F(1, 3), 2], [1, 2.5], [True, False], [0.1, 0.2, 0.3], [1e308, 1e308, -1e308],
         [F(1, 7), F(2, 7), 0.5], [3, float('inf')], [-5, 5, 7], [2.5, 3.25, 5.75], list(range(101)), [10**30, 1, 1]]
for data in cases:
    for f in [s.mean, s.fmean, s.median, s.median_low, s.median_high, s.median_grouped, s.mode, s.multimode]:
        try:
            r = f(data)
            print(f.__name__, r, type(r).__name__)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
print(s.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), s.median_grouped([52, 52, 53, 54], interval=2),
      s.median_grouped([1, 3, 3, 5, 7], interval=2), s.median_grouped([2.5, 3.5]), s.median_grouped([F(1, 2), F(3, 2)]))
print(s.harmonic_mean([40, 60]), s.harmonic_mean([40, 60], weights=[5, 30]), s.harmonic_mean([2.5, 3, 10]),
      s.harmonic_mean([F(1, 2), F(1, 3)]), s.harmonic_mean([0, 5]), s.harmonic_mean([7]), s.harmonic_mean([1, 2, 4], [0, 1, 1]))
print(s.geometric_mean([54, 24, 36]), s.geometric_mean([1.5, 2.5]), s.fmean([3.5, 4.0, 5.25]),
      s.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]), s.fmean(iter([1, 2, 3])), s.fmean(x for x in [4, 5]))
print(s.mode('aabbbcc'), s.mode([1, 1, 2, 2]), s.multimode('aabbbbccddddeeffffgg'), s.multimode(''), s.mode(['red', 'blue', 'blue']))
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101,
        84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print(s.quantiles(data, n=10), s.quantiles(data), s.quantiles(data, n=4, method='inclusive'), s.quantiles([1, 2], n=3),
      s.quantiles([F(1), F(3), F(4)], n=2), s.quantiles([1.5, 2.5, 9], n=5, method='inclusive'), s.quantiles([1, 2], n=1))
errors = [lambda: s.mean([]), lambda: s.fmean([]), lambda: s.median([]), lambda: s.median_low([]), lambda: s.median_high([]),
          lambda: s.median_grouped([]), lambda: s.mode([]), lambda: s.harmonic_mean([]), lambda: s.harmonic_mean([-1]),
          lambda: s.harmonic_mean([1, -1]), lambda: s.harmonic_mean([1, 2], weights=[1]), lambda: s.harmonic_mean(['a']),
          lambda: s.geometric_mean([]), lambda: s.geometric_mean([1, -1]), lambda: s.geometric_mean([0]),
          lambda: s.fmean([1, 2], weights=[1]), lambda: s.fmean([1, 2], weights=[1, -1]), lambda: s.quantiles([1], n=4),
          lambda: s.quantiles([1, 2], n=0), lambda: s.quantiles([1, 2], method='x'), lambda: s.mean(['a']),
          lambda: s.mean([F(1), 1.5, 'x']), lambda: s.median_grouped(['a', 'b']), lambda: s.median_grouped([1, 2], 'x'),
          lambda: s.mean([1j]), lambda: s.harmonic_mean([1, 2], weights=[-1, 1])]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(s.StatisticsError.__mro__, sorted(s.__all__))
