def raiser():
    raise ExceptionGroup("many", [ValueError(1), ValueError(2), KeyError("k"), TypeError("t")])


try:
    raiser()
except* ValueError as g:
    print("V", [e.args[0] for e in g.exceptions])
except* (KeyError, TypeError) as g:
    print("KT", sorted(type(e).__name__ for e in g.exceptions))
try:
    try:
        raiser()
    except* ValueError:
        raise RuntimeError("new from handler")
except ExceptionGroup as eg:
    print(repr(eg))
caught = []
try:
    raise ExceptionGroup("nested", [ExceptionGroup("sub", [ValueError("deep")]), ValueError("top")])
except* ValueError as g:
    caught.append(repr(g))
print(caught)
