def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('slice(1)', lambda: slice(1))
show('slice(1, 2)', lambda: slice(1, 2))
show('slice(None, None, -1)', lambda: slice(None, None, -1))
show('slice()', lambda: slice())
