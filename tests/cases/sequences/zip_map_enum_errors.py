# zip(strict), map, filter, enumerate, reversed: argument handling and error messages
print(list(zip("ab", [1, 2], (3, 4))), list(zip()), list(zip("abc", "de")), list(zip("ab", "cd", strict=True)))
for args in [("abc", "de"), ("ab", "cde"), ("a", "b", "cd"), ("ab", "a", "ab"), ([], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError", e)
for f in [lambda: zip(1), lambda: zip("a", 2), lambda: zip(strict=1, x=2), lambda: map(len), lambda: map(len, 1), lambda: filter(None), lambda: enumerate(1),
          lambda: enumerate("a", "b"), lambda: reversed(1), lambda: reversed({1: 2}.items()) and 0, lambda: reversed(iter([1])), lambda: enumerate(start=1, iterable="ab"),
          lambda: list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), lambda: list(enumerate("ab", 2**70)), lambda: list(filter(lambda x: x % 2, range(6))),
          lambda: list(filter(None, [0, 1, "", "a", None, [], [0]])), lambda: list(reversed("abc")), lambda: list(reversed(range(3))), lambda: list(map(pow, [2, 3], [3, 2], [5, 7]))]:
    try:
        r = f()
        print(r if isinstance(r, (list, int)) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
z = zip([1, 2], [3, 4]); print(next(z), list(z), list(z))
e = enumerate("xyz", -1); print(next(e), list(e))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Seq())), list(enumerate(Seq())) if False else list(iter(Seq().__getitem__, 20)) if False else 0)
class NoLen:
    def __getitem__(self, i): return i
try:
    reversed(NoLen())
except TypeError as e:
    print("TypeError", e)
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(RevNone())
except TypeError as e:
    print("TypeError", e)
it = map(int, ["1", "x", "3"])
print(next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError", e)
print(next(it))
