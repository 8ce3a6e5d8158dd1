# range and slice: huge bounds, lengths, indexing, reversed, slicing, indices, errors
big = range(0, 2**64, 3)
print(big[10**10], big[-1], big[::-1][0], 2**63 in big, (2**63 + 1) in big, big.index(3 * 10**15), big.count(9))
for f in [lambda: len(big), lambda: len(range(2**63)), lambda: range(10)[2**70], lambda: range(0, 10, 0), lambda: range(1.5),
          lambda: range(5).index(7), lambda: big[2**80], lambda: range("a"), lambda: range(1, 2, 3, 4), lambda: range(5)[1:2:0]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(range(10)[2:8:2], range(10)[::-1], range(10)[-3:], range(0, -10, -2)[1:], range(5)[10:], range(3, 20, 4)[::-2])
print(list(reversed(range(1, 10, 4))), list(reversed(range(2**64, 2**64 + 3))), range(5) == range(0, 5, 1), range(0) == range(5, 2), hash(range(0)) == hash(range(3, 1)))
print(range(1, 7, 2) == range(1, 6, 2), range(5).start, range(5).stop, range(5).step, repr(range(1, 2, 1)), repr(range(1, 2, -1)))
s = slice(1, None, -2)
print(s, s.indices(10), slice(None).indices(5), slice(-100, 100).indices(7), slice(None, None, -1).indices(0), slice(5, 2**70).indices(9))
for f in [lambda: slice(0, 1, 0).indices(5), lambda: slice(1).indices(-1), lambda: slice("a").indices(3), lambda: hash(slice(1)), lambda: slice(1, 2) < slice(1, 3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2, 3).start, slice(3), slice(1, 2, None), [0, 1, 2, 3, 4][slice(1, None, 2)], "abcdef"[slice(-2, None)])
class Idx:
    def __index__(self): return 2
print(range(10)[Idx()], [1, 2, 3, 4][Idx():], range(Idx()), slice(Idx()).indices(5), "abc"[Idx()])
print(list(range(-5, 5, 3)), range(10**20, 10**20 + 10, 3)[1], len(range(-(2**62), 2**62, 2**60)), 5 in range(10**30), 0.5 in range(3), 1.0 in range(3))
