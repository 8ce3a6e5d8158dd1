def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show("tuple('ab')", lambda: tuple('ab'))
show('tuple([1])', lambda: tuple([1]))
show('tuple(None)', lambda: tuple(None))
