def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    return inc


c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2(), c1())


def adders():
    return [lambda x, i=i: x + i for i in range(3)]


def late():
    return [lambda x: x + i for i in range(3)]


print([f(10) for f in adders()], [f(10) for f in late()])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner

    x = "changed"
    return middle()()


print(outer())


def make_acc(total):
    def add(n):
        nonlocal total
        total += n
        return total
    return add


acc = make_acc(100)
print(acc(10), acc(-50), acc.__closure__[0].cell_contents)
print(make_counter.__code__.co_cellvars, c1.__code__.co_freevars)
