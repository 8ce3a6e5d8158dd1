# three-argument pow: modular inverse, negative moduli, zero modulus, type errors
for a, b, m in [(3, 4, 5), (3, -1, 7), (2, -3, 7), (-2, 3, 7), (2, 3, -7), (0, 0, 1), (5, 0, 1), (5, 0, -1), (2, 100, 10**9 + 7),
                (10**30, 10**20, 97), (6, -1, 9), (2, -1, 1), (0, -1, 5), (3, 2, 0), (7, -2, -11), (True, True, 2), (-1, -1, 3)]:
    try:
        print(a, b, m, pow(a, b, m))
    except Exception as e:
        print(a, b, m, type(e).__name__, e)
for args in [(2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ("2", 3, 5), (2j, 3, 5)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
print(pow(2, 10), pow(2, -1), pow(-8, 1/3) if False else pow(-8, 2), pow(0, 0), pow(0.0, 0), pow(2, 0.5), pow(-2, -2), pow(base=2, exp=5, mod=3))
for a, b in [(0, -1), (0.0, -1), (-1.0, 0.5), (10.0, 400), (1e300, 2), (-8.0, 1/3)]:
    try:
        print(a, b, pow(a, b))
    except Exception as e:
        print(a, b, type(e).__name__, e)
class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
print(pow(P(), 2), pow(P(), 2, 3), 2 ** P(), pow(2, P()))
try:
    pow(2, P(), 5)
except TypeError as e:
    print("TypeError", e)
