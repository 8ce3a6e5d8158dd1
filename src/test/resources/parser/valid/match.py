match x:
    case 1 | 2 as y if y:
        pass
    case -1 | 1.5 | -2j | 1 + 2j | 1 - 2j | -1 - 2j:
        pass
    case "a" "b" | b"c" | None | True | False:
        pass
    case a.b.c | _:
        pass
    case [a, *b, c] | (a, *_) | () | []:
        pass
    case {1: a, "b": b, c.d: e, **rest}:
        pass
    case {}:
        pass
    case C() | D(1, 2) | E(a=1, b=2) | F(1, b=2,):
        pass
    case (a):
        pass
    case a, b:
        pass
    case *a, b:
        pass
match (x, y):
    case _: pass
match x,:
    case _: pass
match = case = _ = 1
match(x)
match[x]
match.x = 2
print(match, case, _)
