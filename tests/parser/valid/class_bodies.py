# Class bodies: methods, private names, class variables, nested definitions.
class C(Base, metaclass=Meta):
    __slots__ = ("a", "__b")
    x: int
    __private = 1
    _protected = 2
    __dunder__ = 3

    def __init__(self, a, __b=None):
        self.a = a
        self.__b = __b
        self.__private += 1

    @classmethod
    def create(cls, *args, **kwargs):
        return cls(*args, **kwargs)

    @staticmethod
    def helper():
        return __private_global

    @property
    def b(self):
        return self.__b

    def __repr__(self):
        return f"C({self.a!r})"

    if DEBUG:
        def debug(self):
            pass
    else:
        debug = None

    for i in range(3):
        locals()[f"m{i}"] = i

    try:
        import fast as impl
    except ImportError:
        impl = None

    with ctx:
        y = 1

    class Nested(object):
        pass

    lambda: __private
    del i
