def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('map(abs, [-1])', lambda: list(map(abs, [-1])))
show('map(abs)', lambda: list(map(abs)))
show('map(pow, [2], [3])', lambda: list(map(pow, [2], [3])))
