class Base:
    attr = "base class"

    def show(self):
        return self.attr


class Child(Base):
    pass


c = Child()
print(c.show())
Base.attr = "base changed"
print(c.show())
Child.attr = "child class"
print(c.show())
c.attr = "instance"
print(c.show(), Child.attr, Base.attr)
del c.attr
del Child.attr
print(c.show())


class WithMethodShadow:
    def m(self):
        return "method"


w = WithMethodShadow()
w.m = lambda: "instance attribute"
print(w.m(), WithMethodShadow.m(w))
