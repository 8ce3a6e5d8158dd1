def attempt(x):
    try:
        print("try", x)
        result = 10 // x
    except ZeroDivisionError:
        print("except zero")
        return "zero"
    except TypeError as e:
        print("except type:", e)
        return "type"
    else:
        print("else", result)
        return result
    finally:
        print("finally", x)


print(attempt(2))
print(attempt(0))
print(attempt("s"))
try:
    pass
except Exception:
    print("no")
else:
    print("else without exception")
try:
    raise KeyError("k")
except (ValueError, KeyError) as e:
    print("tuple handler", type(e).__name__)
try:
    raise IndexError
except LookupError as e:
    print("base class handler", type(e).__name__, repr(e))
