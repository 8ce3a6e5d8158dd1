def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for s in ["", "a", "Hello World", "  padded\t ", "ÀÉÎõ", "😀x😀", "a\tb\nc\r\nd", "ß", "İı", "123", "x_y-z", "ǅa", "ΣΑΣ", "abcabcabc"]:
    show(repr(s) + ".removesuffix('c')", lambda: s.removesuffix('c'))
    show(repr(s) + ".removesuffix('')", lambda: s.removesuffix(''))
    show(repr(s) + ".removesuffix('World')", lambda: s.removesuffix('World'))
    show(repr(s) + ".removesuffix('x😀')", lambda: s.removesuffix('x😀'))
