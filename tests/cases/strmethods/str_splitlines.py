def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for s in ["", "a", "Hello World", "  padded\t ", "ÀÉÎõ", "😀x😀", "a\tb\nc\r\nd", "ß", "İı", "123", "x_y-z", "ǅa", "ΣΑΣ", "abcabcabc"]:
    show(repr(s) + '.splitlines()', lambda: s.splitlines())
    show(repr(s) + '.splitlines(True)', lambda: s.splitlines(True))
    show(repr(s) + '.splitlines(keepends=False)', lambda: s.splitlines(keepends=False))
