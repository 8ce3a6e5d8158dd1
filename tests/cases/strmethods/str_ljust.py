def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for s in ["", "a", "Hello World", "  padded\t ", "ÀÉÎõ", "😀x😀", "a\tb\nc\r\nd", "ß", "İı", "123", "x_y-z", "ǅa", "ΣΑΣ", "abcabcabc"]:
    show(repr(s) + '.ljust(6)', lambda: s.ljust(6))
    show(repr(s) + ".ljust(8, '.')", lambda: s.ljust(8, '.'))
    show(repr(s) + '.ljust(0)', lambda: s.ljust(0))
    show(repr(s) + ".ljust(5, '')", lambda: s.ljust(5, ''))
