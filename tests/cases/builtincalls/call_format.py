def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show('format(1.5)', lambda: format(1.5))
show("format(1, 'b')", lambda: format(1, 'b'))
show("format('a', '>3')", lambda: format('a', '>3'))
show("format([], 'x')", lambda: format([], 'x'))
