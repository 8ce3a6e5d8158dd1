calls = []


def mark(x):
    calls.append(x)
    return x


def f(a=mark("a-default"), b=mark("b-default")):
    return a, b


print(calls)
print(f(), f(1), calls)


def g(lst=[]):
    lst.append(len(lst))
    return lst


r1 = g()
r2 = g()
print(r1 is r2, r1)


def h(d={}):
    d[len(d)] = True
    return d


h()
h()
print(h(), h.__defaults__)
