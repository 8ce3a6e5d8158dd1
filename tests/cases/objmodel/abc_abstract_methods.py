from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area()}"
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
class Square(Half):
    def perimeter(self):
        return 4
print(Square().describe())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape).__name__, isinstance(Shape, ABCMeta))
print(Shape.area.__isabstractmethod__, getattr(Square.area, "__isabstractmethod__", False))
class P(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...
print(sorted(P.__abstractmethods__))
class Q(P):
    name = "q"
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def util(): return 1
print(Q.make().name)
class Meta(metaclass=ABCMeta):
    @abstractmethod
    def one(self): ...
try:
    Meta()
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    @abstractmethod
    def x(self): ...
print(Plain() is not None)
