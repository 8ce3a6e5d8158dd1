def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('type(1)', lambda: type(1))
show("type('x')", lambda: type('x'))
show('type(type)', lambda: type(type))
show('type()', lambda: type())
