class Plain:
    pass


class WithSlots:
    __slots__ = ("a",)


tests = [
    lambda: Plain().x,
    lambda: Plain.x,
    lambda: None.x,
    lambda: [].x,
    lambda: "s".x,
    lambda: (1).x,
    lambda: WithSlots().a,
    lambda: setattr(WithSlots(), "b", 1),
    lambda: setattr(1, "real", 2),
    lambda: delattr(Plain(), "x"),
    lambda: print.x,
    lambda: (lambda: 0).x,
]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print(type(e).__name__, e)
