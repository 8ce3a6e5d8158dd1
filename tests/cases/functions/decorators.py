def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    return wrapper


@trace
def add(a, b=0):
    return a + b


add(1, 2)
add(5, b=6)


def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco


@repeat(3)
def hello(name):
    return "hi " + name


print(hello("x"))


def tag(label):
    def deco(fn):
        fn.label = label
        return fn
    return deco


@tag("outer")
@trace
@tag("inner")
def mul(a, b):
    return a * b


print(mul.label, mul.__name__, mul(3, 4))
registry = []


def register(fn):
    registry.append(fn.__name__)
    return fn


@register
def one():
    pass


@register
def two():
    pass


print(registry, one.__name__)
print((lambda f: f)(lambda: 42)())
