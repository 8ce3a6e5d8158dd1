config = {"host": "localhost", "port": 8080, "debug": True, "user": "root"}
match config:
    case {"host": h, "port": int(p), **others}:
        print(h, p, sorted(others))
match [1, 2, 3, 4, 5]:
    case [1, *_, 5]:
        print("starts 1 ends 5")
match [1]:
    case [1, *rest]:
        print("rest", rest)
match (1, 2, 3):
    case [*init, 3]:
        print("init", init)
match {"a": None}:
    case {"a": None}:
        print("None value matched")
match {}:
    case {"a": _}:
        print("no")
    case _:
        print("missing key fails")
from_default = {"x": 1}
match from_default:
    case {"x": 1, "y": 2} | {"x": 1}:
        print("or of mappings")
