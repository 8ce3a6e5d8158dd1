def f(v):
    match v:
        case (x, 0) | (0, x):
            return f"axis {x}"
        case [x, y] | (x, y, _):
            return f"pair-ish {x},{y}"
        case {"a": x} | {"b": x}:
            return f"mapping {x}"
        case str() | bytes() as s:
            return f"text {s!r}"
        case _:
            return "other"


for v in [(5, 0), (0, 7), [1, 2], (1, 2, 3), {"a": 1}, {"b": 2, "a": 3}, "s", b"b", 1.5, (0, 0)]:
    print(repr(v), f(v))
