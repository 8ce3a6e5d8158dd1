class A:
    def __add__(self, o): return "A.add"
    def __radd__(self, o): return "A.radd"
    def __lt__(self, o): return "A.lt"
    def __gt__(self, o): return "A.gt"
    def __eq__(self, o): return "A.eq"
class B(A):
    def __radd__(self, o): return "B.radd"
    def __gt__(self, o): return "B.gt"
    def __eq__(self, o): return "B.eq"
class C(A):
    pass
a, b, c = A(), B(), C()
print(a + b, b + a, a + c, c + a)
print(a < b, b < a, a < c, a == b, b == a)
class Same:
    def __radd__(self, o): return "Same.radd"
try:
    Same() + Same()
except TypeError as e:
    print(type(e).__name__, e)
class D(A):
    def __radd__(self, o): return NotImplemented
print(a + D())
class E(A):
    __radd__ = A.__radd__
print(a + E())
