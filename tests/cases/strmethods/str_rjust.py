def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for s in ["", "a", "Hello World", "  padded\t ", "ÀÉÎõ", "😀x😀", "a\tb\nc\r\nd", "ß", "İı", "123", "x_y-z", "ǅa", "ΣΑΣ", "abcabcabc"]:
    show(repr(s) + '.rjust(6)', lambda: s.rjust(6))
    show(repr(s) + ".rjust(8, '.')", lambda: s.rjust(8, '.'))
    show(repr(s) + ".rjust(3, 'é')", lambda: s.rjust(3, 'é'))
    show(repr(s) + '.rjust(4, None)', lambda: s.rjust(4, None))
