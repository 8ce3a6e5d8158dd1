def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show("repr('a\\n')", lambda: repr('a\n'))
show('repr(1e16)', lambda: repr(1e16))
show('repr([None])', lambda: repr([None]))
show("repr(b'\\'')", lambda: repr(b'\''))
