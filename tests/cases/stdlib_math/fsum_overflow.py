# math.fsum: the intermediate overflow CPython's partials meet, after infinities too
import math
for d in [[1e308, -1e308, 1e308], [1e308, 1e308], [float('inf'), 1e308, 1e308], [1e308,1e308,float('nan')], [1e308, 1e308, float('inf')], [float('-inf'), 1e308, 1e308, -1e308], [0.1]*10, [1e100, 1.0, -1e100, 1e-100]]:
    try: print(math.fsum(d))
    except Exception as e: print(type(e).__name__, e)
