for r in [range(5), range(1, 10, 3), range(10, 0, -2), range(0), range(5, 5), range(-5, 5, 4), range(0, -10, -3), range(2 ** 64, 2 ** 64 + 5)]:
    print(repr(r), len(r), list(r)[:6], r[0] if len(r) else None, r[-1] if len(r) else None, r.start, r.stop, r.step, bool(r))
r = range(0, 100, 7)
print(r[2:5], r[::-1], r[::2], r[-3:], r[10:2:-3], 49 in r, 50 in r, 7.0 in r, "7" in r, r.index(49), r.count(98), r.count(1.0 * 7))
print(range(3) == range(0, 3, 1), range(0) == range(5, 1), range(1, 2, 5) == range(1, 3, 7), hash(range(3)) == hash(range(0, 3)))
for f in [lambda: range(0, 10, 0), lambda: range(1.5), lambda: range(), lambda: range(1, 2, 3, 4), lambda: r[100], lambda: r.index(50),
          lambda: range(10)["a"], lambda: len(range(2 ** 64)), lambda: range(2 ** 64)[2 ** 65], lambda: range(0, 5, 2).index(3)]:
    try:
        f()
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
big = range(-(2 ** 70), 2 ** 70, 2 ** 60)
print(big[5], big[-1], 0 in big, 2 ** 60 in big, big.index(0), big[1:3], reversed(range(3)).__class__.__name__, list(reversed(range(1, 8, 3))))
print(range(10)[True], range(-3)[::-1], list(range(5, 0, -1)), sum(range(101)), max(range(3, 9)), sorted(range(5, 0, -2)))
