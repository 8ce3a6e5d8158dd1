def make(base):
    def f(x, b=base * 2, *, c=len(str(base))):
        return x + b + c
    return f


f1, f2 = make(10), make(1000)
print(f1(1), f2(1), f1.__defaults__, f2.__kwdefaults__)
y = 5


def g(v=y, w=lambda: y):
    return v, w()


y = 6
print(g(), g(1), g(w=lambda: "custom"))


def h(a, b=None, c=[], d={}, e=()):
    c.append(a)
    d[a] = len(c)
    return len(c), d, e


print(h(1), h(2), h(3, c=[]))
