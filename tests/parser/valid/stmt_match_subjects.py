# Subject expressions of match statements.
match x:
    case _: pass
match x.y:
    case _: pass
match x[0]:
    case _: pass
match f(x):
    case _: pass
match x, y:
    case _: pass
match x, y,:
    case _: pass
match (x, y):
    case _: pass
match *x, y:
    case _: pass
match [x, y]:
    case _: pass
match {x: y}:
    case _: pass
match x + y:
    case _: pass
match -x:
    case _: pass
match not x:
    case _: pass
match x if y else z:
    case _: pass
match (n := x):
    case _: pass
match n := x:
    case _: pass
match "string":
    case _: pass
match 42:
    case _: pass
match None:
    case _: pass
match lambda: 0:
    case _: pass
match x == y:
    case _: pass
match x or y:
    case _: pass
match (
    x
):
    case _: pass
