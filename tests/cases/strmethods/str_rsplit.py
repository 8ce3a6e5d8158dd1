def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for s in ["", "a", "Hello World", "  padded\t ", "ÀÉÎõ", "😀x😀", "a\tb\nc\r\nd", "ß", "İı", "123", "x_y-z", "ǅa", "ΣΑΣ", "abcabcabc"]:
    show(repr(s) + '.rsplit()', lambda: s.rsplit())
    show(repr(s) + ".rsplit(' ')", lambda: s.rsplit(' '))
    show(repr(s) + ".rsplit('a')", lambda: s.rsplit('a'))
    show(repr(s) + '.rsplit(None, 1)', lambda: s.rsplit(None, 1))
    show(repr(s) + ".rsplit('c', 1)", lambda: s.rsplit('c', 1))
    show(repr(s) + ".rsplit(sep='x')", lambda: s.rsplit(sep='x'))
