def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('float()', lambda: float())
show("float('1e-400')", lambda: float('1e-400'))
show("float('-inf')", lambda: float('-inf'))
show("float(' 1_0.5 ')", lambda: float(' 1_0.5 '))
show("float('0x1p3')", lambda: float('0x1p3'))
show('float(2 ** 1024)', lambda: float(2 ** 1024))
