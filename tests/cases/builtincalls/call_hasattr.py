def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show("hasattr([], 'append')", lambda: hasattr([], 'append'))
show("hasattr([], 'x')", lambda: hasattr([], 'x'))
show('hasattr(1, 2)', lambda: hasattr(1, 2))
