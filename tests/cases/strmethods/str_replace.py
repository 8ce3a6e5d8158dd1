def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for s in ["", "a", "Hello World", "  padded\t ", "ÀÉÎõ", "😀x😀", "a\tb\nc\r\nd", "ß", "İı", "123", "x_y-z", "ǅa", "ΣΑΣ", "abcabcabc"]:
    show(repr(s) + ".replace('a', 'b')", lambda: s.replace('a', 'b'))
    show(repr(s) + ".replace('', '-')", lambda: s.replace('', '-'))
    show(repr(s) + ".replace('a', '', 1)", lambda: s.replace('a', '', 1))
    show(repr(s) + ".replace('bc', 'XY', -1)", lambda: s.replace('bc', 'XY', -1))
    show(repr(s) + ".replace('😀', ':)')", lambda: s.replace('😀', ':)'))
    show(repr(s) + ".replace('a', 'b', 0)", lambda: s.replace('a', 'b', 0))
    show(repr(s) + '.replace(1, 2)', lambda: s.replace(1, 2))
