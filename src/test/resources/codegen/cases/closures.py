def outer(a, b=1):
    c = 2
    class Inner:
        x = a
        y = c
        def m(self):
            return a + b + c + __class__.__name__
        z = [a for _ in range(2)]
    def f():
        nonlocal c
        c += 1
        return lambda q: q + a + c
    return Inner, f
def gen_closure(n):
    return (i * n for i in range(n))
def walrus(xs):
    if any((y := x) > 3 for x in xs):
        return y
    return [z := 1, z]
class K:
    def meth(self):
        return super().meth()
    def deep(self):
        def inner():
            return super(K, self).deep() and __class__
        return inner
def deleted():
    x = 1
    def g():
        return x
    del x
    return g
def argcell(self, *args, **kwargs):
    def h():
        return self, args, kwargs
    return h
def classfree():
    v = 1
    class A:
        v = v
        def get(self):
            return v
    return A
