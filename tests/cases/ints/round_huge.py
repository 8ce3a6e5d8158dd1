# round() of huge ints and floats, negative ndigits, half-even, errors
print(round(10**30, -29), round(15 * 10**29, -30), round(25 * 10**29, -30), round(-25 * 10**29, -30), round(10**50 + 5, -1))
print(round(123456789, -100), round(-123, -2), round(150, -2), round(250, -2), round(-250, -2), round(7, 0), round(7, 5))
print(round(2**100, -10), round(-(2**100), -20), type(round(5, -1)).__name__, round(True, 0), type(round(True)).__name__)
print(round(1e300), round(1.7976931348623157e308) == int(1.7976931348623157e308), round(-1e20), round(2.5), round(3.5), round(-0.5))
print(round(1e300, -300), round(1e300, 300), round(1e-300, 300), round(123.456, -1), round(123.456, -2), round(123.456, -3), round(-123.456, -2))
print(round(0.5, 0), round(1.5, 0), round(2.675, 2), round(1e22, -22), round(5e-324, 323), round(5e-324, 324), round(1.5e308, -308))
print(round(2.5, None), round(0.1 + 0.2, 15), round(-0.0), round(-0.0, 1), round(0.0, -5), round(1e15 + 0.5), round(4503599627370497.5))
for x, n in [(float("inf"), None), (float("-inf"), None), (float("nan"), None), (float("inf"), 2), (float("nan"), -1), (1.5, 2**70),
             (1.5, -2**70), (10, 2**70), (10, -2**70), (1.5, 1.5), (1.5, "1"), ("1", None)]:
    try:
        print(x, n, round(x, n))
    except Exception as e:
        print(x, n, type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ("round", n)
print(round(R()), round(R(), 3), round(R(), None))
class NoRound: pass
try:
    round(NoRound())
except TypeError as e:
    print("TypeError", e)
