x = 1
y = x + 2
print(x, y)
def f(a, b=2, *c, d, e=5, **g):
    return a + b
