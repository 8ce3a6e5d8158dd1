def f0(a, x):
    try:
        try:
            pass
        finally:
            match v:
                case [q, *rest] if q:
                    pass
                case _:
                    pass
    finally:
        pass
def f1():
    try:
        a
    finally:
        match v:
            case 1:
                y = 2
            case _:
                y = 1
def f2():
    try:
        a
    finally:
        match v:
            case 1:
                y = 1
