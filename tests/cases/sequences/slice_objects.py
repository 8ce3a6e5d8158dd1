s = slice(1, 10, 2)
print(s, repr(slice(None)), s.start, s.stop, s.step, slice(5).stop, slice(1, 2).step, slice("a", "b", "c"))
print(s.indices(5), s.indices(100), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(-100, 100, 3).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(None) == slice(None, None, None))
for f in [lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(0, 1, 0).indices(3), lambda: slice(1).indices(-1), lambda: slice("a").indices(3),
          lambda: hash(slice(1)), lambda: slice(1, 2).start.__class__.__name__ + 1]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self): return 2
print(slice(Idx(), None).indices(5), [0, 1, 2, 3][slice(Idx())], "abcdef"[slice(None, None, Idx())])
print(slice(10 ** 30, -10 ** 30, -1).indices(5), slice(0, 10 ** 30).indices(2 ** 70)[1] == 2 ** 70)
l = list(range(10))
l[slice(2, 4)] = ["x"]
print(l, l[slice(-2, None)], (1, 2, 3)[slice(1, None)])
