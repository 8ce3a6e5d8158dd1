def scale(x, factor=2, *, offset=0):
    return x * factor + offset


def fact(n):
    if n < 2:
        return 1
    return n * fact(n - 1)


print(scale(5), scale(5, 3), scale(5, offset=1), scale(factor=4, x=1))
print(fact(25))
print(fact(30) - fact(29) * 30)


def make_adder(n):
    def add(x):
        return x + n
    return add


plus3 = make_adder(3)
print(plus3(4), make_adder(-1)(1))
