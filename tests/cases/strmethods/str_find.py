def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for s in ["", "a", "Hello World", "  padded\t ", "ÀÉÎõ", "😀x😀", "a\tb\nc\r\nd", "ß", "İı", "123", "x_y-z", "ǅa", "ΣΑΣ", "abcabcabc"]:
    show(repr(s) + ".find('a')", lambda: s.find('a'))
    show(repr(s) + ".find('')", lambda: s.find(''))
    show(repr(s) + ".find('o', 5)", lambda: s.find('o', 5))
    show(repr(s) + ".find('😀')", lambda: s.find('😀'))
    show(repr(s) + ".find('x', -3)", lambda: s.find('x', -3))
    show(repr(s) + '.find(1)', lambda: s.find(1))
