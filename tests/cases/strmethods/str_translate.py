def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for s in ["", "a", "Hello World", "  padded\t ", "ÀÉÎõ", "😀x😀", "a\tb\nc\r\nd", "ß", "İı", "123", "x_y-z", "ǅa", "ΣΑΣ", "abcabcabc"]:
    show(repr(s) + ".translate({97: 'A', 98: None})", lambda: s.translate({97: 'A', 98: None}))
    show(repr(s) + ".translate(str.maketrans('lo', 'LO'))", lambda: s.translate(str.maketrans('lo', 'LO')))
    show(repr(s) + '.translate([])', lambda: s.translate([]))
