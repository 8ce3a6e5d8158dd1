def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('dict()', lambda: dict())
show("dict([('a', 1)])", lambda: dict([('a', 1)]))
show('dict(a=1)', lambda: dict(a=1))
show('dict([1])', lambda: dict([1]))
show('dict({1: 2}, b=3)', lambda: dict({1: 2}, b=3))
