def f():
    raise ValueError("inner")
def g():
    try:
        f()
    except ValueError as e:
        raise TypeError("ctx") from e
excs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        excs.append(e)
inner = ExceptionGroup("inner", [KeyError("k"), OSError("o")])
e = ExceptionGroup("outer", excs + [inner])
e.add_note("a note")
try:
    raise e
except* KeyError:
    raise RuntimeError("in handler")
