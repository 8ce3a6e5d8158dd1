def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show("getattr(1, 'real')", lambda: getattr(1, 'real'))
show("getattr(1, 'nope', 0)", lambda: getattr(1, 'nope', 0))
show("getattr(1, 'nope')", lambda: getattr(1, 'nope'))
