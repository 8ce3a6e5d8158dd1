def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('reversed([1, 2])', lambda: list(reversed([1, 2])))
show('reversed(range(3))', lambda: list(reversed(range(3))))
show('reversed({1: 2})', lambda: list(reversed({1: 2})))
show('reversed({1})', lambda: list(reversed({1})))
