def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show("complex('1j')", lambda: complex('1j'))
show('complex(1, 1)', lambda: complex(1, 1))
show("complex('x')", lambda: complex('x'))
show('complex(1j, 1j)', lambda: complex(1j, 1j))
show("complex('1', 1)", lambda: complex('1', 1))
