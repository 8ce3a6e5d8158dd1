def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('any([])', lambda: any([]))
show("any([0, ''])", lambda: any([0, '']))
show('any({0: 1})', lambda: any({0: 1}))
show('any(None)', lambda: any(None))
