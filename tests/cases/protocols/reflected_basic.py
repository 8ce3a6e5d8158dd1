class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"V({self.n})"
    def __add__(self, o):
        return V(self.n + (o.n if isinstance(o, V) else o)) if isinstance(o, (V, int)) else NotImplemented
    def __radd__(self, o):
        return ("radd", o, self)
    def __sub__(self, o): return NotImplemented
    def __rsub__(self, o): return ("rsub", o)
    def __mul__(self, o): return ("mul", o)
    def __rmatmul__(self, o): return ("rmatmul", o)
    def __rpow__(self, o, mod=None): return ("rpow", o, mod)
    def __rtruediv__(self, o): return ("rtruediv", o)
    def __rfloordiv__(self, o): return ("rfloordiv", o)
    def __rmod__(self, o): return ("rmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __rlshift__(self, o): return ("rlshift", o)
    def __rrshift__(self, o): return ("rrshift", o)
    def __rand__(self, o): return ("rand", o)
    def __ror__(self, o): return ("ror", o)
    def __rxor__(self, o): return ("rxor", o)
v = V(1)
print(v + 2, 2 + v, v + V(3), "s" + v)
try:
    v + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    v - v
except TypeError as e:
    print(type(e).__name__, e)
print(5 - v, v * "x", "x" * 2)
print(1 @ v, 2 ** v, 3 / v, 4 // v, 5 % v, divmod(6, v), 7 << v, 8 >> v, 9 & v, 10 | v, 11 ^ v)
print(pow(2, v))
try:
    pow(2, v, 5)
except TypeError as e:
    print(type(e).__name__, e)
