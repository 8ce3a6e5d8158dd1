class A:
    def who(self):
        return "A"
    @classmethod
    def cwho(cls):
        return "A.cwho(" + cls.__name__ + ")"
    @staticmethod
    def swho():
        return "A.swho"
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cwho(cls):
        return "B>" + super().cwho()
class C(A):
    def who(self):
        return "C>" + super(C, self).who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
    def skip(self):
        return super(B, self).who()
    def swho2(self):
        return super().swho()
d = D()
print(d.who(), d.skip(), D.cwho(), d.swho2())
print(super(D, d).who(), super(C, d).who())
s = super(D, d)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is d, s.__self_class__.__name__)
u = super(D)
print(u.__self__, u.__thisclass__.__name__)
print(super(D, D).cwho(), super(B, D).cwho())
try:
    super(int, d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, d)
except TypeError as e:
    print(type(e).__name__, e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class E:
    def m(self):
        def inner():
            return super().__repr__
        return inner()
try:
    E().m()
except RuntimeError as e:
    print(type(e).__name__, e)
class F(A):
    def m(self):
        return [super().who() for _ in range(2)]
try:
    print(F().m())
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(D, d).nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
