class Singleton:
    _inst = None
    def __new__(cls, *a, **k):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(ReturnsOther())
class ReturnsSub:
    def __new__(cls):
        return object.__new__(Child)
    def __init__(self):
        print("init of", type(self).__name__)
class Child(ReturnsSub):
    pass
print(type(ReturnsSub()).__name__)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NewOnly:
    def __new__(cls, x):
        o = super().__new__(cls)
        o.x = x
        return o
print(NewOnly(3).x)
try:
    NewOnly()
except TypeError as e:
    print(type(e).__name__, e)
class InitOnly:
    def __init__(self, x):
        self.x = x
try:
    InitOnly()
except TypeError as e:
    print(type(e).__name__, e)
try:
    InitOnly(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(int.__new__(int, 5)).__name__, int.__new__(bool, 0) if False else "skip")
try:
    int.__new__(str)
except TypeError as e:
    print(type(e).__name__, e)
