import dis

from disshow import Buffer, masked, show


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def describe(subject):
    match subject:
        case 0 | 1:
            return "bit"
        case [x, *rest] if x > 0:
            return "list starting %d" % x
        case {"k": v, **others}:
            return "mapping %r" % (v,)
        case Point(0, y=yy):
            return "on axis %d" % yy
        case str() as s:
            return "str " + s
        case _:
            return "other"


show(describe)
for s in (1, [3, 4], {"k": 2}, Point(0, 5), "x", None):
    print(describe(s))
