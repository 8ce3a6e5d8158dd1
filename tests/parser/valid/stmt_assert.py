# assert statements with every kind of test and message.
assert x
assert x, y
assert x == 1, "x must be 1"
assert not x
assert x and y or z, f"{x} {y}"
assert isinstance(x, int), type(x)
assert (x
        and y), "msg"
assert x, (
    "long message"
)
assert [x for x in y]
assert lambda: 0
assert x if y else z, a if b else c
assert (yield_)
assert x < y < z, "chained"
assert a, b.c[d]
