vals = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(vals), 0)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
it = iter(tick, 4)
print(type(it).__name__, list(it), list(it))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
def raiser():
    raise StopIteration
print(list(iter(raiser, None)))
class Cnt:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        if self.n > 5:
            raise ValueError("too many")
        return self.n
try:
    list(iter(Cnt(), 10))
except ValueError as e:
    print(type(e).__name__, e)
nan = float("nan")
seq = iter([1, nan, 2])
print(list(iter(lambda: next(seq), nan)) if False else "skipped")
try:
    iter()
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
