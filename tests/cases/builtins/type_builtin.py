for v in (1, 1.0, "s", b"b", [], (), {}, set(), None, True, 1j, range(1), len, type, object(), ..., NotImplemented):
    print(type(v).__name__, end=" ")
print()
print(type(1) is int, type(type(1)) is type, type(int) is type, type("") == str)
print(type(lambda: 0).__name__, type(print).__name__, type([].append).__name__, type(iter([])).__name__)
C = type("C", (object,), {"x": 1, "get": lambda self: self.x})
print(C.__name__, C().get(), type(C()).__name__, C.__bases__)
try:
    type("D", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
