class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


f = Fib(100)
print(list(f), list(f), 21 in f, 22 in f, sum(f), max(f))
it = iter(f)
print(next(it), next(it), next(it), type(it).__name__)
print(sorted(f, reverse=True)[:3], dict(zip(f, "abcdef")))
