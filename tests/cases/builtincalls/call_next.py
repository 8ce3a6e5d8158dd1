def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('next(iter([1]))', lambda: next(iter([1])))
show("next(iter([]), 'd')", lambda: next(iter([]), 'd'))
show('next([])', lambda: next([]))
