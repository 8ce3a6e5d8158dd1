class Base:
    def hello(self):
        return ["Base"]


class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()


class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()


class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()


print(Child().hello())
print([c.__name__ for c in Child.__mro__])


class A:
    x = "A"


class B(A):
    pass


class C(A):
    x = "C"


class D(B, C):
    pass


print(D.x, D().x)
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.value}"


class Thing(Mixin, object):
    def __init__(self):
        self.value = 42


print(Thing().describe())
