def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('issubclass(bool, int)', lambda: issubclass(bool, int))
show('issubclass(int, bool)', lambda: issubclass(int, bool))
show('issubclass(1, int)', lambda: issubclass(1, int))
