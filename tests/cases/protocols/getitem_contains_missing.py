# __getitem__ iteration, __contains__ fallbacks, __missing__, iter(callable, sentinel)
class Old:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 2
print(list(Old()), 4 in Old(), 5 in Old(), list(reversed([*Old()])), sorted(Old(), reverse=True), dict.fromkeys(Old()))
class StopsWithStop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsWithStop()))
class Raises:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(Raises())
except KeyError as e:
    print("KeyError", e)
class ContainsNone:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in ContainsNone()
except TypeError as e:
    print("TypeError", e)
class IterOnly:
    def __iter__(self): return iter([1, 2])
print(2 in IterOnly(), 3 in IterOnly())
class BadIter:
    def __iter__(self): return 5
for f in [lambda: iter(BadIter()), lambda: 1 in BadIter(), lambda: list(BadIter()), lambda: 1 in 5, lambda: iter(None)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
class D(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2
d = D(a=1)
print(d["a"], d["zz"], d.get("q"), "zz" in d, d)
class NoMissingReturn(dict):
    def __missing__(self, key):
        raise LookupError("custom " + key)
try:
    NoMissingReturn()["x"]
except LookupError as e:
    print(type(e).__name__, e)
class MissingAttr(dict):
    __missing__ = 5
try:
    MissingAttr()["x"]
except TypeError as e:
    print("TypeError", e)
counter = iter([1, 2, 3, 4, 5]).__next__
print(list(iter(counter, 4)))
calls = []
def f():
    calls.append(1)
    return len(calls)
it = iter(f, 3)
print(next(it), next(it), next(it, "done"), next(it, "still done"), type(it).__name__)
for bad in [lambda: iter(5, 1), lambda: iter(f, 1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
class Seq:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i < 2:
            return "ab"[i]
        raise IndexError
s = Seq()
print(list(s), "b" in s, list(reversed(s)), tuple(s), "".join(s), list(enumerate(s)), max(s), sorted(s))
it = iter(Seq()); print(type(it).__name__, next(it), it.__length_hint__() if hasattr(it, "__length_hint__") else "")
