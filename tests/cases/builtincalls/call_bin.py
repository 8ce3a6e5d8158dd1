def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('bin(0)', lambda: bin(0))
show('bin(-1)', lambda: bin(-1))
show('bin(2 ** 65)', lambda: bin(2 ** 65))
show('bin(1.0)', lambda: bin(1.0))
show('bin(True)', lambda: bin(True))
