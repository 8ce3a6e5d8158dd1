def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show("ascii('é😀')", lambda: ascii('é😀'))
show("ascii(['\\x00'])", lambda: ascii(['\x00']))
show("ascii(b'\\xff')", lambda: ascii(b'\xff'))
show('ascii()', lambda: ascii())
