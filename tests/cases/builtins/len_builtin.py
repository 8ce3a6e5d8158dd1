print(len(""), len("abc"), len([1, 2]), len(()), len({1: 2}), len({1, 2, 2}), len(range(10)), len(b"xy"))
print(len(range(5, 0, -2)), len("😀é"), len([[]]), len(frozenset()), len({}.keys()))


class Sized:
    def __len__(self):
        return 7


print(len(Sized()))
for bad in (5, None, 1.5, iter([])):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)


class BadLen:
    def __len__(self):
        return "3"


try:
    len(BadLen())
except TypeError as e:
    print(type(e).__name__, e)
