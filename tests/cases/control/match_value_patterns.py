class Color:
    RED = 1
    GREEN = 2
    BLUE = 3


class Consts:
    class Inner:
        ZERO = 0


def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case Consts.Inner.ZERO:
            return "zero"
        case _:
            return "?"


for c in (1, 2, 3, 0, 4):
    print(c, name(c))
match (1, "a", [2]):
    case (1, "a", [2]) as whole:
        print("matched tuple", whole)
match {"a": 1}:
    case {}:
        print("empty mapping pattern matches any mapping")
match [1, 2]:
    case (1, 2):
        print("tuple pattern matches list")
match "abc":
    case [*chars]:
        print("str is sequence?", chars)
    case _:
        print("str is not a sequence pattern")
