nan, inf = float("nan"), float("inf")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan], nan in [nan], nan in [float("nan")])
print(inf == inf, inf > 1e308, -inf < -1e308, inf + 1, inf - 1e308, inf * -1, inf / 1e308, 1 / inf, -1 / inf)
print(max(nan, 1), max(1, nan), min(nan, 1), min(1, nan), sorted([3, nan, 1, 2]))
print(hash(inf), hash(-inf), hash(nan) == hash(nan) or True, abs(-inf), -nan, abs(nan))
print(round(inf, 1), inf // 1 if False else "", repr(inf % 5) if False else "", int(1e308))
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(inf), math.copysign(1, -0.0), math.copysign(1, nan))
print(math.inf, -math.inf, math.nan, math.isclose(0.1 + 0.2, 0.3), math.isclose(inf, inf), math.isclose(nan, nan))
print({nan: 1}.get(nan), len({nan, nan}), len({float("nan"), float("nan")}), nan in {nan})
d = {}
d[float("nan")] = 1
d[float("nan")] = 2
print(len(d))
print(str(nan), repr(-inf), f"{inf:f}", f"{nan:e}", f"{-inf:g}", f"{inf:%}", f"{nan:+}", f"{inf:010}", f"{nan:F}")
