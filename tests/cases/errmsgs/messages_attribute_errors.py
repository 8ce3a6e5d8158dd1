tests = [
    lambda: (1).foo, lambda: "s".foo, lambda: [].foo, lambda: {}.foo, lambda: None.foo, lambda: (1.5).foo,
    lambda: int.foo, lambda: type.foo, lambda: object.foo, lambda: len.foo, lambda: print.__self__.foo,
    lambda: (x for x in []).foo, lambda: iter([]).foo, lambda: range(1).foo, lambda: {1}.foo, lambda: b"".foo,
    lambda: ....foo, lambda: NotImplemented.foo, lambda: (1j).foo, lambda: True.foo, lambda: slice(1).foo,
    lambda: setattr(1, "x", 2), lambda: setattr([], "append", 2), lambda: setattr(int, "x", 1),
    lambda: delattr(1, "real"), lambda: delattr(int, "real"), lambda: setattr(None, "a", 1),
    lambda: (1).real.__setattr__("x", 1), lambda: setattr((lambda: 0), "__name__", 5),
    lambda: setattr(slice(1), "start", 2), lambda: setattr(range(1), "start", 2), lambda: setattr(1j, "real", 2),
]
for t in tests:
    try:
        t()
        print("ok")
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
