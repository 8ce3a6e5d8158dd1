def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
show("ord('a')", lambda: ord('a'))
show("ord('😀')", lambda: ord('😀'))
show("ord('')", lambda: ord(''))
show("ord(b'A')", lambda: ord(b'A'))
show("ord('ab')", lambda: ord('ab'))
