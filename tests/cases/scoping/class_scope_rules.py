x = "module"


class A:
    x = "class A"

    def method(self):
        return x

    @staticmethod
    def static():
        return x

    lam = lambda self: x
    direct = x


a = A()
print(a.method(), A.static(), a.lam(), A.direct)


def f():
    y = "function local"

    class B:
        y = "class local"
        seen = y

        def get(self):
            return y

    return B.seen, B().get()


print(f())


def g():
    z = "enclosing"

    class C:
        print("in class body:", z)
        w = z + "!"

    return C.w


print(g())
