class A:
    def who(self):
        return "A"

    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"


class B(A):
    def who(self):
        return "B>" + super().who()

    @classmethod
    def make(cls):
        return "B.make>" + super().make()


class C(B):
    def who(self):
        return "C>" + super(B, self).who()


print(B().who(), C().who(), B.make(), C.make())
print(super(C, C()).who())


class Init:
    def __init__(self, *args, **kw):
        self.args = args
        super().__init__()


class Child(Init):
    def __init__(self):
        super().__init__(1, 2)


print(Child().args)


def outside(self):
    return "x"


try:
    class Odd(A):
        def who(self):
            def inner():
                return super().who()
            return inner()
    Odd().who()
except RuntimeError as e:
    print(type(e).__name__, e)
