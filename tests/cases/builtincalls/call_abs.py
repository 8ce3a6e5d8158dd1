def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('abs(-0.0)', lambda: abs(-0.0))
show('abs(-2 ** 63)', lambda: abs(-2 ** 63))
show('abs(1 - 1j)', lambda: abs(1 - 1j))
show("abs('x')", lambda: abs('x'))
show('abs()', lambda: abs())
show('abs(None)', lambda: abs(None))
