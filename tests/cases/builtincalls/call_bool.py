def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('bool()', lambda: bool())
show('bool(0j)', lambda: bool(0j))
show("bool('0')", lambda: bool('0'))
show('bool([[]])', lambda: bool([[]]))
show('bool(1, 2)', lambda: bool(1, 2))
