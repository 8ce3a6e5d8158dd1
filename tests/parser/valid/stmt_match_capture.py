# match: capture, wildcard, as-patterns, groups, guards.
match x:
    case a:
        pass
match x:
    case _:
        pass
match x:
    case (a):
        pass
match x:
    case ((_)):
        pass
match x:
    case 1 as y:
        pass
    case (1 | 2) as y:
        pass
    case 1 | 2 as y:
        pass
    case [a, b] as c:
        pass
    case ([a] as b) as c:
        pass
    case a if a > 0:
        pass
    case a if (b := a):
        pass
    case _ if x:
        pass
    case a if (a if b else c):
        pass
    case _:
        pass
match x:
    case match:
        pass
match x:
    case case:
        pass
match (x):
    case y: pass
