# match: mapping patterns with literal and value keys and **rest.
match x:
    case {}:
        pass
    case {"a": 1}:
        pass
    case {"a": 1,}:
        pass
    case {"a": 1, "b": 2}:
        pass
    case {1: a, 2.5: b, -3: c, 1+2j: d}:
        pass
    case {None: a, True: b, False: c}:
        pass
    case {b"k": v}:
        pass
    case {a.b: c}:
        pass
    case {**rest}:
        pass
    case {**rest,}:
        pass
    case {"a": 1, **rest}:
        pass
    case {"a": 1, **rest,}:
        pass
    case {"a": [b, c], "d": {"e": f}}:
        pass
    case {"a": 1 | 2 as b}:
        pass
    case {"a": _}:
        pass
    case {
        "x": x,
        "y": y,
    }:
        pass
    case {"s" "t": u}:
        pass
