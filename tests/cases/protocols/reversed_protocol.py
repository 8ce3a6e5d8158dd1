class R:
    def __reversed__(self):
        return iter("cba")
print(list(reversed(R())))
class RNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(RNone())
except TypeError as e:
    print(type(e).__name__, e)
class RBad:
    def __reversed__(self):
        return 5
print(reversed(RBad()))
for v in [[1, 2, 3], (1, 2), range(5), range(0), "abc" if False else [0], b"xy", bytearray(b"pq")]:
    r = reversed(v)
    print(type(r).__name__, list(r))
for v in [5, {1, 2}, iter([1]), None]:
    try:
        reversed(v)
    except TypeError as e:
        print(type(e).__name__, e)
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
l = [1, 2, 3, 4]
r = reversed(l)
next(r)
l.clear()
print(list(r))
l = [1, 2]
r = reversed(l)
l.extend([3, 4, 5])
print(list(r))
print(list(reversed(range(10, 0, -3))), reversed(range(3)).__class__.__name__)
