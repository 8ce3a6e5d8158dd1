def show(e):
    return repr(e)

def attempt(excs, *handlers):
    try:
        try:
            raise ExceptionGroup("eg", excs)
        except* ValueError as e:
            print("ValueError part:", show(e))
            if "reraise-v" in handlers:
                raise
        except* TypeError as e:
            print("TypeError part:", show(e))
            if "new" in handlers:
                raise KeyError("new")
    except BaseException as e:
        print("escaped:", show(e))
    else:
        print("all handled")

attempt([ValueError(1), TypeError(2)])
attempt([ValueError(1), OSError(3)])
attempt([ValueError(1), TypeError(2)], "reraise-v")
attempt([ValueError(1), TypeError(2)], "new")
attempt([ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])], "reraise-v")

try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked wrapped:", show(e))

try:
    try:
        raise TypeError("naked")
    except* ValueError:
        print("not here")
except TypeError as e:
    print("naked passes through:", repr(e))

eg = ExceptionGroup("m", [ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3)])])
m, r = eg.split(ValueError)
print(show(m), show(r))
print(show(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(eg.split(KeyError))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
for args in [(), ("x",), (1, [ValueError()]), ("x", 1), ("x", []), ("x", [1])]:
    try:
        BaseExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
