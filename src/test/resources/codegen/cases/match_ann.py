match v:
    case 1:
        x: int = 3
    case _:
        pass
class C:
    match v:
        case [a]:
            y: str
