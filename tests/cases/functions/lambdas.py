square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print((lambda a, b=2, *, c=3: a + b + c)(1), (lambda x, /, y: x - y)(10, y=3))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "max": max}
print([ops[k](7, 3) for k in ("+", "-", "max")])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda x: x % 3, range(7))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), square.__name__, (lambda: 0).__name__)
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
print((lambda n: (lambda f, n: f(f, n))(lambda f, k: 1 if k < 2 else k * f(f, k - 1), n))(10))
print(list(filter(lambda p: all(p % d for d in range(2, p)), range(2, 30))))
