print(str(), str(5), str(-2.5), str(None), str(True), str([1, "a"]), str({"k": (1,)}))
print(str("x"), str(str), str(int), repr(str(b"ab")), str(1j), str(10 ** 20), str(...))


class A:
    def __str__(self):
        return "A-str"

    def __repr__(self):
        return "A-repr"


class B:
    def __repr__(self):
        return "B-repr"


print(str(A()), repr(A()), str(B()), [A(), B()], f"{A()} {A()!r} {B()}")


class Bad:
    def __str__(self):
        return 42


try:
    str(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(type(str(A())).__name__, len(str(12345)))
