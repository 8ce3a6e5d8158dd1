print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float, int)), isinstance(1, ()), isinstance([], (list, (tuple, dict))))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), issubclass(object, type), issubclass(int, (str, int)))
print(callable(len), callable(int), callable(1), callable(lambda: 0), callable(type), callable(None), callable("".join), callable(callable))
for f in [lambda: isinstance(1), lambda: isinstance(1, 1), lambda: isinstance(1, (int, "x")) or isinstance(1, ("x", int)), lambda: issubclass(1, int),
          lambda: issubclass(int, (1,)), lambda: callable(1, 2), lambda: issubclass(int)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(int, type), isinstance(type, type), isinstance(object, object), isinstance(None, object), issubclass(type(None), object))
print(isinstance(1, int | str), isinstance("a", int | None), issubclass(bool, int | float), int | str, type(int | str).__name__)
