# Or-patterns and as-patterns in combination.
match x:
    case 1 | 2 | 3:
        pass
    case (1 | 2) | 3:
        pass
    case 1 | (2 | 3):
        pass
    case [1 | 2, 3 | 4]:
        pass
    case (1 as a) | (2 as a):
        pass
    case [a, b] | (b, a):
        pass
    case {"k": a} | [a]:
        pass
    case C(a) | D(a):
        pass
    case 1 | 2 as a:
        pass
    case (1 | 2) as a:
        pass
    case ((1 as a) as b) as c:
        pass
    case [*a] | (*a,):
        pass
    case a.b | c.d | "s" | None:
        pass
    case ([1, 2] as seq) | {"k": seq}:
        pass
    case (x as y):
        pass
