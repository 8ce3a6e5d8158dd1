class IterReturnsNonIter:
    def __iter__(self):
        return 5
try:
    iter(IterReturnsNonIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in IterReturnsNonIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self):
        return self
try:
    iter(NoNext())
except TypeError as e:
    print(type(e).__name__, e)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(list(c), list(c), next(c, "done"))
try:
    next(c)
except StopIteration as e:
    print(type(e).__name__, e.args)
for v in [5, None, 1.5, True]:
    try:
        iter(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in 5: pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [*None]
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(*1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(**[1])
except TypeError as e:
    print(type(e).__name__, e)
def f(**kw): return kw
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1])
print(iter(it) is it, next(it), next(it, None))
