class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            print("new instance")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self):
        print("init runs each time")


a = Singleton()
b = Singleton()
print(a is b)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Point(3, 4)
print(p, p.x, len(p), isinstance(p, tuple), type(p).__name__)


class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never called")


print(NotMine())


class BadInit:
    def __init__(self):
        return 1


try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
