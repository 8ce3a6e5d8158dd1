def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('hex(255)', lambda: hex(255))
show('hex(-1)', lambda: hex(-1))
show('hex(0)', lambda: hex(0))
show('hex(1.5)', lambda: hex(1.5))
