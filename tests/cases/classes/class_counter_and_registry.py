class Shape:
    count = 0
    registry = {}

    def __init__(self, name):
        Shape.count += 1
        type(self).registry.setdefault(type(self).__name__, []).append(name)
        self.id = Shape.count

    def __repr__(self):
        return f"{type(self).__name__}#{self.id}"


class Circle(Shape):
    pass


class Square(Shape):
    registry = {}


shapes = [Circle("c1"), Square("s1"), Circle("c2"), Shape("base")]
print(shapes, Shape.count, Circle.count)
print(Shape.registry, Square.registry, Circle.registry is Shape.registry)
