def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('isinstance(1, (str, int))', lambda: isinstance(1, (str, int)))
show('isinstance(True, int)', lambda: isinstance(True, int))
show("isinstance(1, 'int')", lambda: isinstance(1, 'int'))
