# match: value patterns (dotted names) and their combination with other patterns.
match x:
    case a.b:
        pass
    case a.b.c:
        pass
    case a.b.c.d.e:
        pass
    case Color.RED | Color.GREEN:
        pass
    case a.b as c:
        pass
    case [a.b, c.d]:
        pass
    case {a.b: c.d}:
        pass
    case match.case:
        pass
    case __.x:
        pass
    case x if x == a.b:
        pass
