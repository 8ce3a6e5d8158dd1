def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('range(5)', lambda: range(5))
show('range(1, 10, 3)', lambda: range(1, 10, 3))
show('range(0)', lambda: range(0))
show('range(1, 2, 0)', lambda: range(1, 2, 0))
show('range(1.0)', lambda: range(1.0))
