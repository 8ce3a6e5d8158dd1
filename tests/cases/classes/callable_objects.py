class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, *rest):
        return self.k * x + sum(rest)


double = Multiplier(2)
print(double(5), double(5, 1, 1), callable(double), list(map(Multiplier(3), [1, 2])))


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.calls


c = Counter()
c()
c()
print(c(), c.calls, callable(Counter), callable(Counter()), callable(1))
