def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show("len('😀')", lambda: len('😀'))
show('len([[]])', lambda: len([[]]))
show('len(5)', lambda: len(5))
show('len(range(-5))', lambda: len(range(-5)))
