match x:
    case 1:
        a
    case "s" | b"b":
        b
    case None:
        c
    case True | False:
        d
    case [1, 2]:
        e
    case [y, *rest]:
        f
    case [_, *_, z]:
        g
    case (p, q) if p > q:
        h
    case {"k": v, **kw}:
        i
    case {"a": 1, "b": [c1, c2]}:
        j
    case {}:
        k
    case Point(x=0, y=yy):
        l
    case Point(1, 2, z=_):
        m
    case str() | bytes() as s:
        n
    case [1 | 2 as one, (3 | 4) as two]:
        o
    case C.D:
        p
    case -1 | 1.5 | 2j | -3+4j:
        q
    case (a1, b1) | [b1, a1]:
        r
    case _ if cond:
        s
    case _:
        t
def f(cmd):
    match cmd.split():
        case [action]:
            return action
        case [action, obj]:
            return action, obj
        case ["go", *dirs] if dirs:
            return dirs
    return None
match y:
    case z:
        pass
match w:
    case _:
        pass
match v:
    case [*_]:
        pass
    case [*xs]:
        pass
    case {**rest}:
        pass
