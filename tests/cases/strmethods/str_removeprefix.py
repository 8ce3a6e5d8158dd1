def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for s in ["", "a", "Hello World", "  padded\t ", "ÀÉÎõ", "😀x😀", "a\tb\nc\r\nd", "ß", "İı", "123", "x_y-z", "ǅa", "ΣΑΣ", "abcabcabc"]:
    show(repr(s) + ".removeprefix('a')", lambda: s.removeprefix('a'))
    show(repr(s) + ".removeprefix('')", lambda: s.removeprefix(''))
    show(repr(s) + ".removeprefix('Hello')", lambda: s.removeprefix('Hello'))
    show(repr(s) + ".removeprefix('😀')", lambda: s.removeprefix('😀'))
