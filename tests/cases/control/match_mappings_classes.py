class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case {"x": x, "y": y, **rest}:
            return f"dict point {x},{y} extra {rest}"
        case {"kind": "circle", "r": int(r)}:
            return f"circle {r}"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"string {s!r}"
        case _:
            return "unknown"


for p in (Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), {"x": 1, "y": 2},
          {"x": 1, "y": 2, "z": 3}, {"kind": "circle", "r": 4}, {"kind": "circle", "r": 4.5},
          7, 2.5, "hi", None):
    print(where(p))
