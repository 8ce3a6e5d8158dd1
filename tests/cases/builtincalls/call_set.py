def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('set()', lambda: set())
show("set('abca')", lambda: set('abca'))
show('set([1, 1.0, True])', lambda: set([1, 1.0, True]))
show('set(1)', lambda: set(1))
