eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(repr(eg))
print(str(eg), len(eg.exceptions), eg.message)
try:
    raise eg
except* ValueError as g:
    print("values:", [str(x) for x in g.exceptions], type(g).__name__)
except* TypeError as g:
    print("types:", [str(x) for x in g.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("o")])])
    except* KeyError:
        print("handled key")
except ExceptionGroup as rest:
    print("unhandled remainder:", repr(rest))
match_, rest = eg.split(ValueError)
print(repr(match_), repr(rest))
print(repr(eg.subgroup(lambda e: "2" in str(e))))
try:
    raise TypeError("plain")
except* TypeError as g:
    print("naked exception wrapped:", repr(g))
bg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(bg).__name__, type(BaseExceptionGroup("c", [ValueError()])).__name__)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(type(e).__name__, e)
