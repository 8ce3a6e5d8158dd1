def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show("int('0b101', 0)", lambda: int('0b101', 0))
show("int('12', 3)", lambda: int('12', 3))
show("int(' -7 ')", lambda: int(' -7 '))
show("int('1e3')", lambda: int('1e3'))
show('int(3.9)', lambda: int(3.9))
show('int(-3.9)', lambda: int(-3.9))
