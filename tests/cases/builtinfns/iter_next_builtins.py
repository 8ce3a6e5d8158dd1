it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
g = (x for x in [])
print(next(g, 0))
def gen():
    yield 1
    return "ret"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.value)
for f in [lambda: next(), lambda: next(1), lambda: next([1]), lambda: iter(), lambda: next(it, 1, 2)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(list(iter([3, 2, 1].pop, 1)), next(iter("a")), next(reversed([9])), next(enumerate("q")), next(zip("a", "b")))
