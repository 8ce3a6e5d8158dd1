def returns_in_finally():
    try:
        return "try"
    finally:
        return "finally"


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def finally_runs_on_break():
    out = []
    for i in range(3):
        try:
            if i == 1:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


def finally_raises():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")


print(returns_in_finally(), swallow(), finally_runs_on_break())
try:
    finally_raises()
except KeyError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)


def value_in_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)


print(value_in_finally())
