import dis

from disshow import Buffer, masked, show


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
