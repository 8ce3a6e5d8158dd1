tests = [
    lambda: 1 < None,
    lambda: "a" > 5,
    lambda: [] < (),
    lambda: {} <= {},
    lambda: 1j > 0,
    lambda: None >= None,
    lambda: (lambda: 0) < (lambda: 0),
    lambda: type < int,
    lambda: [1, 2] > [1, "x"],
]
for fn in tests:
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)
