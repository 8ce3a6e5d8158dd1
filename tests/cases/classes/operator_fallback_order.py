class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented

    def __radd__(self, o):
        print("A.__radd__")
        return "A radd"


class B:
    def __add__(self, o):
        print("B.__add__")
        return NotImplemented

    def __radd__(self, o):
        print("B.__radd__")
        return "B radd"


class C(A):
    def __radd__(self, o):
        print("C.__radd__")
        return "C radd"


print(A() + B())
print(B() + A())
print(A() + C())
try:
    print(B() + B())
except TypeError as e:
    print(type(e).__name__, e)
print(1 + A())
