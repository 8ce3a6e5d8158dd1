class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return NotImplemented
    def __le__(self, o): return NotImplemented
    def __ge__(self, o): return NotImplemented
    def __repr__(self): return "N"
n = N()
for expr in ["n + n", "n + 1", "1 + n", "n < n", "n <= 1", "1 > n", "n >= n"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, type(e).__name__, e)
print(n == n, n != n, n == 1, 1 != n, n == N())
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(NotImplemented.__reduce__())
try:
    bool(NotImplemented)
    print("bool ok")
except TypeError as e:
    print(type(e).__name__, e)
print(int.__add__(1, 2.0), float.__add__(1.0, "x"), int.__lt__(1, "a"), str.__eq__("a", 1))
print(list.__add__([1], [2]))
try:
    list.__add__([1], (2,))
except TypeError as e:
    print(type(e).__name__, e)
