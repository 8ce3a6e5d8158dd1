vals = [1, 1.5, "é\n", b"\xff", [1, "a"], (1,), {"k": b"v"}, {1}, frozenset(), None, True, ..., 1j, range(3), slice(1), "😀", -0.0]
for v in vals:
    print(repr(v), ascii(v), str(v), format(v, "") if not isinstance(v, (list, dict, set, frozenset, tuple, range, slice, type(...))) else "-")
print(repr(""), repr("'"), ascii("\x00\u20ac\U0001F600"), repr(repr), str(str)[:8])
for f in [lambda: repr(), lambda: ascii(1, 2), lambda: format(), lambda: str(1, 2)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
