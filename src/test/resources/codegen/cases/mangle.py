class Foo:
    __slots__ = ("__a",)
    import __mod
    from __pkg import __name as __alias
    def __init__(self, __arg, *, __kw=1) -> "__T":
        self.__a = __arg
        __local = self.__a
        global __g
        return __local.__attr(__kw=2)
    def m(self, x: __Ann = __default):
        __v: int = 1
        return lambda __p: __p + __v
    class __Inner:
        def f(self):
            return __Inner, self.__x
    __class_attr: int
    _Foo__pre = 1
    __dunder__ = 2
class _Under:
    def f(self):
        return self.__x
class ___:
    def f(self):
        return self.__x
