# match: literal patterns of every kind.
match x:
    case 0:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case -1.5:
        pass
    case 2j:
        pass
    case -2j:
        pass
    case 1 + 2j:
        pass
    case 1 - 2j:
        pass
    case -1 + 2j:
        pass
    case -1.5 - 0.5j:
        pass
    case 0x10:
        pass
    case 1_000:
        pass
    case "s":
        pass
    case 'a' "b":
        pass
    case b"bytes":
        pass
    case r"raw":
        pass
    case """triple""":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case -0:
        pass
    case 0 | 1 | 2:
        pass
    case "a" | "b":
        pass
    case None | True | False:
        pass
