def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('max([1, 3, 2])', lambda: max([1, 3, 2]))
show("max('abc')", lambda: max('abc'))
show('max([])', lambda: max([]))
show('max([], default=7)', lambda: max([], default=7))
show('max(1, 2, key=lambda x: -x)', lambda: max(1, 2, key=lambda x: -x))
