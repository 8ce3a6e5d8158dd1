def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('divmod(7, -2)', lambda: divmod(7, -2))
show('divmod(-7.5, 2)', lambda: divmod(-7.5, 2))
show('divmod(1, 0)', lambda: divmod(1, 0))
show('divmod(2 ** 70, 3)', lambda: divmod(2 ** 70, 3))
show("divmod('a', 1)", lambda: divmod('a', 1))
