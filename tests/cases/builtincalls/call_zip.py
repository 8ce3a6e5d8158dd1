def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show("zip('ab', 'xyz')", lambda: list(zip('ab', 'xyz')))
show('zip()', lambda: list(zip()))
show("zip('a', strict=True)", lambda: list(zip('a', strict=True)))
show('zip(1)', lambda: list(zip(1)))
