def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show("enumerate('ab')", lambda: list(enumerate('ab')))
show("enumerate('ab', 5)", lambda: list(enumerate('ab', 5)))
show('enumerate(1)', lambda: list(enumerate(1)))
