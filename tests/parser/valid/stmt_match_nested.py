# Nested patterns, match inside functions and loops, nested match statements.
def f(command):
    match command.split():
        case [action]:
            pass
        case [action, obj]:
            match obj:
                case "north" | "south":
                    pass
                case _:
                    pass
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return direction
        case ["drop", *objects]:
            for obj in objects:
                match obj:
                    case {"name": str(name), "weight": int() | float() as w}:
                        pass
        case [Point(x=0, y=0), *_]:
            pass
        case [Point(x=[1, 2, *rest], y={"k": (1 | 2) as v}), _]:
            pass
        case _:
            pass


for item in items:
    match item:
        case (1, (2, (3, (4, [5, [6]])))):
            break
        case {"a": {"b": {"c": {"d": None}}}}:
            continue
        case A(B(C(D(e=E(f=F()))))):
            pass
