t = (1, "a", 2.5, None, (1, 2))
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t + (9,), t * 2, 2 * (0,), () * 5, (1,) * -1, t.count(1), t.index(2.5), "a" in t)
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}), tuple(x for x in "xy"), tuple((1, 2)) is not None)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), () < (0,), (2,) > (1, 9), (1, 2) == (1, 2), (1,) == [1], (1, "a") != (1, "b"))
for f in [lambda: t[10], lambda: t.index(99), lambda: t + [1], lambda: t * 1.5, lambda: (1,) < ("a",), lambda: tuple(1), lambda: t.__setitem__(0, 1),
          lambda: hash(([],)), lambda: t.index(1, 1), lambda: tuple(1, 2)]:
    try:
        f()
    except (IndexError, ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(hash(()), hash((1,)), hash((1, 2)), hash((-1,)), hash(((),)), hash((1, (2, 3))), hash(("a", 1)) == hash(("a", 1)))
a, (b, c), *d = (1, (2, 3), 4, 5)
print(a, b, c, d, t.index(None, 0, 5), t.count((1, 2)), t.__len__(), t.__getitem__(0), t.__contains__(None))
print(repr((1,)), str(("x",)), repr(((),)), repr((1, (2,), [3])))
