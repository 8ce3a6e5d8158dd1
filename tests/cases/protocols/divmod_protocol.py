class D:
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __floordiv__(self, o): return "fd"
    def __mod__(self, o): return "mod"
print(divmod(D(), 1), divmod(1, D()), D() // 2, D() % 2)
class NoDm:
    def __floordiv__(self, o): return 1
    def __mod__(self, o): return 2
try:
    divmod(NoDm(), 3)
except TypeError as e:
    print(type(e).__name__, e)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 0.5), (2 ** 100, 7), (-(2 ** 100), 7), (True, 2)]:
    print(a, b, divmod(a, b), a // b, a % b)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    divmod(1j, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(float("inf"), 1), divmod(1, float("inf")), divmod(-1, float("inf")))
print(divmod(float("nan"), 1))
