tests = [
    lambda: int("abc"), lambda: int("1.5"), lambda: int(""), lambda: int("  "), lambda: int("12", 2),
    lambda: int("z", 37), lambda: int("1", 1), lambda: float("x"), lambda: float(""), lambda: complex("1+"),
    lambda: [].index(1), lambda: (1, 2).index(3), lambda: "abc".index("z"), lambda: [1].remove(2),
    lambda: "a,b".split(""), lambda: range(1, 2, 0), lambda: slice(1, 2, 0).indices(5),
    lambda: chr(-1), lambda: chr(0x110000), lambda: ord(""), lambda: ord("ab"), lambda: "x" * -1 + int("q"),
    lambda: bytes([300]), lambda: b"ab".index(b"z"), lambda: "abc".rindex("d"), lambda: int("0x10", 10),
    lambda: "{".format(1), lambda: "{0".format(1), lambda: "}".format(), lambda: "{:d}".format("s"),
    lambda: "%d" % "s", lambda: "%q" % 1, lambda: "%s %s" % (1,), lambda: "%s" % (1, 2),
    lambda: format(1, "q"), lambda: format(1.5, "d"), lambda: format("s", "d"), lambda: format(1, ".2d"),
    lambda: max([]), lambda: min((), key=len), lambda: a_b_c, lambda: divmod(1, 0), lambda: 1 % 0,
    lambda: 2.0 ** 10000, lambda: 0.0 ** -1, lambda: float("inf") // 1 if False else int(float("inf")),
    lambda: int(float("nan")), lambda: round(float("inf")), lambda: (1).to_bytes(0, "big"),
    lambda: (-1).to_bytes(2, "big"), lambda: (1).to_bytes(1, "middle"), lambda: int.from_bytes("ab", "big"),
]
for t in tests:
    try:
        r = t()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
