def gen(n):
    for i in range(n):
        print("producing", i)
        yield i


a, b, c = gen(3)
print(a, b, c)
try:
    x, y = gen(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z = gen(2)
except ValueError as e:
    print(type(e).__name__, e)
first, *rest = gen(3)
print(first, rest)
