# Guards on case clauses.
match x:
    case a if a:
        pass
    case a if not a:
        pass
    case [a, b] if a > b:
        pass
    case {"k": v} if v in (1, 2):
        pass
    case C(a) if (n := a):
        pass
    case 1 | 2 if y:
        pass
    case _ if x is None:
        pass
    case a if lambda: 0:
        pass
    case a if [b for b in a]:
        pass
    case a if f(
        a,
    ):
        pass
    case a if a and b or c:
        pass
    case a if (yield_):
        pass
    case _:
        pass
