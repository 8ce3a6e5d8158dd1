def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case 2.5:
            return "two and a half"
        case b"raw":
            return "bytes"
        case _:
            return "other"


for v in (0, 2, -1, "hello", True, None, 2.5, b"raw", 1.0, False, "x", [], 3 + 0j):
    print(repr(v), describe(v))
