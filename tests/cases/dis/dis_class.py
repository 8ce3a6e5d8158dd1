import dis


class Buffer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


def masked(text):
    # object addresses differ from run to run; the main script's file name is absolute in CPython
    parts = text.replace(__file__, __file__.split("/")[-1]).split(" at 0x")
    return parts[0] + "".join(" at 0x?" + p.lstrip("0123456789abcdef") for p in parts[1:])


def show(x, **kw):
    b = Buffer()
    dis.dis(x, file=b, **kw)
    print(masked("".join(b.parts)), end="")


class Base:
    def method(self, x):
        return x + 1


class Shape(Base):
    sides = 4

    def area(self):
        return self.sides * super().method(2)

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper(a, b=2):
        return a * b

    @property
    def name(self):
        return "shape"

    class Inner:
        def deep(self):
            return 0


show(Shape)
print("--- bound method")
show(Shape().area)
print("--- classmethod object")
show(Shape.__dict__["make"])
