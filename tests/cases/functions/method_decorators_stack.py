def log_calls(fn):
    def wrapper(self, *a):
        print(f"{type(self).__name__}.{fn.__name__}{a}")
        return fn(self, *a)
    return wrapper


class Calc:
    def __init__(self):
        self.total = 0

    @log_calls
    def add(self, n):
        self.total += n
        return self

    @property
    @log_calls
    def doubled(self):
        return self.total * 2

    @staticmethod
    def helper(x):
        return x + 1

    @classmethod
    def make(cls):
        return cls()


c = Calc.make().add(3).add(4)
print(c.total, c.doubled, Calc.helper(1), c.helper(2))
