print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance([], (tuple, list)), isinstance(None, type(None)), isinstance(int, type))
print(isinstance(3, (str, (bytes, (int,)))), isinstance(object(), object), isinstance(type, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(list, (str, list)))
print(issubclass(type, object), issubclass(object, type), issubclass(KeyError, (IndexError, LookupError)))
try:
    isinstance(1, "int")
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)


class A:
    pass


class B(A):
    pass


print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, A), type(B()) is A)
