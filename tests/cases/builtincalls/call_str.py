def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show("str(b'x')", lambda: str(b'x'))
show("str(b'x', 'ascii')", lambda: str(b'x', 'ascii'))
show('str(1.0)', lambda: str(1.0))
show('str(None)', lambda: str(None))
