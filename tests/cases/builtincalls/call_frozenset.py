def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('frozenset()', lambda: frozenset())
show("frozenset('aab')", lambda: frozenset('aab'))
show('frozenset([[]])', lambda: frozenset([[]]))
