# except*: when an earlier clause took every exception of the group, the later clauses
# match against nothing (CHECK_EG_MATCH on None) and are skipped.
def f(group):
    try:
        try:
            raise group
        finally:
            pass
    except* ValueError as eg:
        print("ValueError clause", eg.exceptions)
    except* TypeError as eg:
        print("TypeError clause", eg.exceptions)
    except* (KeyError, IndexError) as eg:
        print("lookup clause", eg.exceptions)
    print("after")


f(ExceptionGroup("g", [ValueError("only")]))
f(ExceptionGroup("g", [ValueError(1), TypeError(2)]))
f(ExceptionGroup("g", [KeyError(3)]))


def g():
    try:
        raise ExceptionGroup("plain", [TypeError("t")])
    except* TypeError:
        print("first clause took it")
    except* ValueError:
        print("never")

g()
