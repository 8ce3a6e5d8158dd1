def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for s in ["", "a", "Hello World", "  padded\t ", "ÀÉÎõ", "😀x😀", "a\tb\nc\r\nd", "ß", "İı", "123", "x_y-z", "ǅa", "ΣΑΣ", "abcabcabc"]:
    show(repr(s) + '.center(0)', lambda: s.center(0))
    show(repr(s) + '.center(9)', lambda: s.center(9))
    show(repr(s) + ".center(10, '*')", lambda: s.center(10, '*'))
    show(repr(s) + ".center(7, '😀')", lambda: s.center(7, '😀'))
    show(repr(s) + '.center(-1)', lambda: s.center(-1))
    show(repr(s) + ".center('5')", lambda: s.center('5'))
    show(repr(s) + ".center(5, 'ab')", lambda: s.center(5, 'ab'))
