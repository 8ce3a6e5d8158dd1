# match: sequence patterns with brackets, parentheses, open sequences and stars.
match x:
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case (a,):
        pass
    case [a,]:
        pass
    case [a, b]:
        pass
    case (a, b):
        pass
    case a, b:
        pass
    case a,:
        pass
    case a, b,:
        pass
    case [*rest]:
        pass
    case [*_]:
        pass
    case [a, *rest]:
        pass
    case [*rest, a]:
        pass
    case [a, *_, b]:
        pass
    case (a, *rest):
        pass
    case *rest, a:
        pass
    case *_,:
        pass
    case [[a, b], (c, d), [*e]]:
        pass
    case [1, "a", None, x.y]:
        pass
    case [1 | 2, (c as d)]:
        pass
    case [
        a,
        b,
    ]:
        pass
    case 1, *rest:
        pass
