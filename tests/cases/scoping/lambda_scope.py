x = 1
f = lambda: x
x = 2
print(f())


def make():
    y = 10
    return lambda z: y + z


print(make()(5))
g = lambda n: 1 if n <= 1 else n * g(n - 1)
print(g(6))
h = lambda: [x for x in range(3)]
print(h(), x)
nested = lambda a: lambda b: lambda c: (a, b, c)
print(nested(1)(2)(3))
default_capture = [lambda k=k: k for k in "abc"]
print([d() for d in default_capture])
