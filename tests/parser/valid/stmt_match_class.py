# match: class patterns with positional and keyword sub-patterns.
match x:
    case C():
        pass
    case C(a):
        pass
    case C(a,):
        pass
    case C(a, b):
        pass
    case C(x=a):
        pass
    case C(x=a,):
        pass
    case C(x=a, y=b):
        pass
    case C(a, y=b):
        pass
    case C(a, b, x=c, y=d,):
        pass
    case m.C():
        pass
    case m.n.C(a, x=1):
        pass
    case C(D(E())):
        pass
    case C([a, b], {"k": v}, x=(1 | 2)):
        pass
    case C(_, x=_):
        pass
    case int() | str():
        pass
    case C(a) as c:
        pass
    case C(D() | E(), F(g=1) as h):
        pass
