def one(a):
    pass


class M:
    def meth(self, x):
        pass

    @staticmethod
    def st():
        pass

    @classmethod
    def cm(cls, y):
        pass


tests = [
    lambda: one(),
    lambda: one(1, 2),
    lambda: one(b=1),
    lambda: M().meth(),
    lambda: M().meth(1, 2),
    lambda: M.meth(1),
    lambda: M.st(1),
    lambda: M.cm(),
    lambda: M(1),
    lambda: object(1),
    lambda: int(1, 2, 3),
    lambda: "abc".split(1),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: abs(1, 2),
    lambda: isinstance(1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
