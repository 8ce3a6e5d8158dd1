def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('filter(None, [0, 1, 2])', lambda: list(filter(None, [0, 1, 2])))
show("filter(bool, '')", lambda: list(filter(bool, '')))
show('filter(1, [1])', lambda: list(filter(1, [1])))
