tests = [
    lambda: len(5), lambda: "a" + 1, lambda: 1 + "a", lambda: [1] + (2,), lambda: "a" * "b", lambda: [] * 1.5,
    lambda: sum(["a", "b"]), lambda: sum([1], "s"), lambda: sorted([1, "a"]), lambda: min(1), lambda: max(),
    lambda: abs("x"), lambda: round("x"), lambda: hash([]), lambda: hash({}), lambda: {[]: 1},
    lambda: "abc".join([1, 2]), lambda: "".join(5), lambda: int(None), lambda: float(None), lambda: int([]),
    lambda: chr("a"), lambda: ord(5), lambda: "x".startswith(1), lambda: "x".replace(1, 2), lambda: "a".split(1),
    lambda: isinstance(1, "int"), lambda: issubclass("a", str), lambda: getattr(1, 2), lambda: iter(1, 2),
    lambda: next(5), lambda: list(1), lambda: tuple(None), lambda: dict(1), lambda: dict([1]), lambda: dict([(1, 2, 3)]),
    lambda: set(1), lambda: frozenset([[]]), lambda: range("1"), lambda: range(1.5), lambda: zip(1),
    lambda: map(1, [1]) and list(map(1, [1])), lambda: enumerate(5), lambda: reversed(5), lambda: sorted(5),
    lambda: divmod("a", 1), lambda: pow("a", 1), lambda: bin(1.5), lambda: hex("a"), lambda: oct(None),
    lambda: format(1, 2), lambda: "{}".format(*5), lambda: print(sep=5), lambda: print(end=1),
    lambda: str(b"x", 5), lambda: "x".encode(5), lambda: b"x".decode(1), lambda: [1, 2][1:2:"a"],
    lambda: ().count(), lambda: [].append(), lambda: [].append(1, 2), lambda: {}.get(), lambda: {}.pop(),
    lambda: "s".center(), lambda: "s".center("5"), lambda: "s".zfill("5"), lambda: callable(), lambda: id(),
    lambda: type("A", (), {}, 1), lambda: object.__new__(), lambda: int.__add__(1), lambda: int.__add__("a", 1),
]
for t in tests:
    try:
        r = t()
        print("ok", repr(r)[:60])
    except Exception as e:
        print(type(e).__name__ + ":", e)
