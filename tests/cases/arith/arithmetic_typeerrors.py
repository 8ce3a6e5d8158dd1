ops = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] - [1],
    lambda: {} * 2,
    lambda: None + None,
    lambda: 1.5 << 1,
    lambda: 3 & 1.0,
    lambda: -"x",
    lambda: ~1.5,
    lambda: "a" ** 2,
    lambda: [1] * 1.5,
    lambda: 5 % None,
    lambda: divmod("a", 1),
    lambda: abs("x"),
    lambda: (1, 2) + [3],
]
for op in ops:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
