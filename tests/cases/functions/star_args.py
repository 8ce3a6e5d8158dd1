def f(*args):
    return args


print(f(), f(1), f(1, 2, 3), f(*[4, 5]), f(*"ab", *range(2)), type(f()).__name__)


def g(a, b, *rest):
    return a, b, rest


print(g(1, 2), g(1, 2, 3, 4), g(*[1, 2, 3]))


def total(*nums, start=0):
    for n in nums:
        start += n
    return start


print(total(1, 2, 3), total(1, 2, start=10), total())
args = (1, 2)
print(g(*args, *args), g(0, *args))


def gen():
    yield 1
    yield 2


print(f(*gen()), f(*{3: "x", 4: "y"}), f(*{"k": 1}.items()))
try:
    g(*[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
