log = []


def v(x):
    log.append(getattr(x, "__name__", x))
    return x


def f(a, b, c=None, *args, d=None, **kw):
    return (a, b, c, args, d, sorted(kw))


print(f(v(1), v(2), d=v(3), e=v(4)), log)
log.clear()
print(f(*[v("s1"), v("s2")], v("p3"), **{"k": v("kv")}), log)
log.clear()
print(v(f)(v(10), v(20)), log)
log.clear()
x = [1, 2, 3]
print(f(*x, *x, d=0), f(**{"a": 1, "b": 2}, zz=3))
