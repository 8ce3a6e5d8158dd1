def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def pipeline(*funcs):
    def run(x):
        for fn in funcs:
            x = fn(x)
        return x
    return run


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memoize
def slow_square(n):
    print("computing", n)
    return n * n


print(apply_n(lambda x: x * 2, 10, 1), apply_n(str.upper, 1, "abc"))
p = pipeline(str.strip, str.split, len)
print(p("  a b c d  "))
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache))


def partial(fn, *pre, **kpre):
    def call(*a, **k):
        return fn(*pre, *a, **{**kpre, **k})
    return call


base2 = partial(int, base=2)
print(base2("1011"), partial(max, 3)(1, 2), partial(print, "pre:", sep="")("x"))
