class A:
    pass
class B(A):
    "doc"
    x = 1
    def m(self):
        return self.x
class C(A, metaclass=M, **kw):
    def m(self):
        return super().m()
    def __private(self):
        self.__x = 1
        return __y
    @property
    def p(self):
        return __class__
@dec
class D:
    x: int = 1
    y: str
    def f(self):
        z: int = 2
        return z
class E:
    def outer(self):
        class Inner:
            def m(self):
                return self
        return Inner
class F:
    a = 1
    def g(self):
        return a
    b = [a for _ in range(3)]
class G:
    x = 1
    def x(self):
        return x
