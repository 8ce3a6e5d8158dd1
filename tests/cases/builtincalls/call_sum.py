def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('sum([1, 2])', lambda: sum([1, 2]))
show('sum([0.1] * 3)', lambda: sum([0.1] * 3))
show('sum([[1]], [])', lambda: sum([[1]], []))
show("sum(['a'], '')", lambda: sum(['a'], ''))
show('sum([1], start=10)', lambda: sum([1], start=10))
