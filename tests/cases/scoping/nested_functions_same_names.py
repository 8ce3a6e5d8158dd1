def a():
    name = "a"

    def b():
        name = "b"

        def c():
            return name

        return c() + name

    return b() + name


print(a())


def shadow_param(x):
    def inner(x):
        return x * 2

    return inner(x + 1), x


print(shadow_param(5))


def rebind_function_name():
    def f():
        return 1

    first = f()

    def f():
        return 2

    return first, f()


print(rebind_function_name())
