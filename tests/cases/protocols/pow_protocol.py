class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
    def __ipow__(self, other):
        return ("ipow", other)
p = P()
print(p ** 2, 2 ** p, pow(p, 3), pow(p, 3, 5), pow(3, p))
x = P(); x **= 4; print(x)
class NoMod:
    def __pow__(self, other):
        return "nomod"
print(NoMod() ** 2)
try:
    pow(NoMod(), 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(1, 2, P())
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow("a", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(base=2, exp=5), pow(2, exp=3, mod=5))
try:
    pow(2)
except TypeError as e:
    print(type(e).__name__, e)
