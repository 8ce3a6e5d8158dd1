def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('chr(0x10ffff)', lambda: chr(0x10ffff))
show('chr(0x110000)', lambda: chr(0x110000))
show('chr(-1)', lambda: chr(-1))
show('chr(55296)', lambda: chr(55296))
show("chr('a')", lambda: chr('a'))
