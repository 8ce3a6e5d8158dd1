# Positions of match patterns.
match x:
    case 1:
        pass
    case -1:
        pass
    case 1 + 2j:
        pass
    case a.b:
        pass
    case [a, *b]:
        pass
    case (a, b):
        pass
    case a, b:
        pass
    case {"k": v, **r}:
        pass
    case C(a, k=b):
        pass
    case (1 | b.c) as d:
        pass
    case (  [a]  ):
        pass
    case [
        1,
        2,
    ]:
        pass
    case 1 | 2 | 3:
        pass
    case "a" "b":
        pass
    case _:
        pass
match a, *b:
    case _:
        pass
match (a, b):
    case _: pass
match -x:
    case _: pass
