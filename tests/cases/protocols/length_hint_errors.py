# __length_hint__ as list() / operator.length_hint see it
import operator
class H:
    def __init__(self, n, hint):
        self.n, self.hint = n, hint
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def __length_hint__(self):
        return self.hint
print(list(H(3, 100)), list(H(3, 0)), list(H(2, NotImplemented)))
for hint in [-1, "x", 2**100, 1.5]:
    try:
        print(list(H(2, hint)))
    except Exception as e:
        print(type(e).__name__, e)
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([1, 2])), operator.length_hint(H(0, 7)), operator.length_hint(object(), 5))
print(operator.length_hint(iter(range(10))), operator.length_hint(reversed([1, 2])), operator.length_hint(iter({1: 2})), operator.length_hint(iter("abc")))
it = iter([1, 2, 3]); next(it)
print(operator.length_hint(it), operator.length_hint(H(0, NotImplemented), 9))
class L:
    def __len__(self):
        return 4
    def __length_hint__(self):
        return 99
print(operator.length_hint(L()))
class BadLen:
    def __len__(self):
        raise ValueError("len")
try:
    operator.length_hint(BadLen())
except ValueError as e:
    print("ValueError", e)
class TE:
    def __len__(self):
        raise TypeError("nolen")
    def __length_hint__(self):
        return 3
print(operator.length_hint(TE()))
for bad in [-1, 2**64, "s"]:
    try:
        operator.length_hint(H(0, bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    operator.length_hint([], "x")
except TypeError as e:
    print("TypeError", e)
it = iter([1, 2, 3])
print(it.__length_hint__(), iter(range(5)).__length_hint__(), iter(()).__length_hint__(), enumerate([1,2]).__length_hint__() if hasattr(enumerate([]), "__length_hint__") else "no")
print(bytearray(H(3, 1)), bytes(H(2, 50)), tuple(H(2, 1)), set(H(2, 0)))
