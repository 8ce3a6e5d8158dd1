class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
def describe(v):
    match v:
        case 0 | 1:
            return "small int"
        case int(n) if n < 0:
            return f"negative {n}"
        case [x, y, *rest]:
            return f"seq {x} {y} rest={rest}"
        case {"k": val, **others}:
            return f"map k={val} others={others}"
        case Point(0, y=yy):
            return f"point on y axis {yy}"
        case Point(x, y):
            return f"point {x},{y}"
        case str() as s:
            return "string " + s
        case (a, b):
            return f"pair {a} {b}"
        case None:
            return "none"
        case _:
            return "other"
for v in [0, 1, -5, 7, [1, 2, 3, 4], [9, 8], {"k": 1, "z": 2}, Point(0, 5), Point(1, 2), "hi", (3, 4), None, 3.5, {"a": 1}]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))
match (1, 2):
    case (1, x) if x > 5:
        print("no")
    case (1, x):
        print("yes", x)
class C:
    A = 1
    B = 2
match 2:
    case C.A: print("A")
    case C.B: print("B")
try:
    match 5:
        case Point(1): pass
except TypeError as e:
    print(e)
match 5:
    case int(x):
        print("int", x)
match {"a": 1}:
    case {"a": 1, "b": 2}: print("no")
    case {"a": _}: print("has a")
