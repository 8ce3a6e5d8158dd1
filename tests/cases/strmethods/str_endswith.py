def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for s in ["", "a", "Hello World", "  padded\t ", "ÀÉÎõ", "😀x😀", "a\tb\nc\r\nd", "ß", "İı", "123", "x_y-z", "ǅa", "ΣΑΣ", "abcabcabc"]:
    show(repr(s) + ".endswith('d')", lambda: s.endswith('d'))
    show(repr(s) + ".endswith(('c', 'x'))", lambda: s.endswith(('c', 'x')))
    show(repr(s) + ".endswith('')", lambda: s.endswith(''))
    show(repr(s) + ".endswith('l', 0, 3)", lambda: s.endswith('l', 0, 3))
    show(repr(s) + '.endswith(1)', lambda: s.endswith(1))
