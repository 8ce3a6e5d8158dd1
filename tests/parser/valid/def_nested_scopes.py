# Nested functions, closures, lambdas inside functions, class inside function.
def outer(a):
    b = 1

    def middle(c):
        def inner(d):
            return a + b + c + d
        return inner

    class Local:
        attr = a

        def method(self):
            return b

    f = lambda x: lambda y: x + y + a
    g = [lambda: i for i in range(3)]
    h = (lambda: (yield))
    return middle, Local, f, g, h


def gen():
    def sub():
        yield 1
    yield from sub()


def deco(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
