def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('iter([1])', lambda: list(iter([1])))
show('iter(5)', lambda: list(iter(5)))
show("iter('a')", lambda: list(iter('a')))
