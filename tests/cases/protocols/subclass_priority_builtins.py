class I(int):
    def __radd__(self, o): return "I.radd"
    def __rsub__(self, o): return "I.rsub"
print(1 + I(2), 1 - I(2), I(2) + 1)
class F(float):
    def __rmul__(self, o): return "F.rmul"
print(2.0 * F(1.5), 2 * F(1.5), F(1.5) * 2)
class L(list):
    def __radd__(self, o): return "L.radd"
print([1] + L(), L() + [1])
class S(str):
    def __rmod__(self, o): return "S.rmod"
print("%s" % S("x"))
