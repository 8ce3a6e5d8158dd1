def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for s in ["", "a", "Hello World", "  padded\t ", "ÀÉÎõ", "😀x😀", "a\tb\nc\r\nd", "ß", "İı", "123", "x_y-z", "ǅa", "ΣΑΣ", "abcabcabc"]:
    show(repr(s) + ".index('a')", lambda: s.index('a'))
    show(repr(s) + ".index('l')", lambda: s.index('l'))
    show(repr(s) + ".index('', 3)", lambda: s.index('', 3))
    show(repr(s) + ".index('zz')", lambda: s.index('zz'))
