def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for s in ["", "a", "Hello World", "  padded\t ", "ÀÉÎõ", "😀x😀", "a\tb\nc\r\nd", "ß", "İı", "123", "x_y-z", "ǅa", "ΣΑΣ", "abcabcabc"]:
    show(repr(s) + '.zfill(0)', lambda: s.zfill(0))
    show(repr(s) + '.zfill(8)', lambda: s.zfill(8))
    show(repr(s) + '.zfill(-5)', lambda: s.zfill(-5))
    show(repr(s) + '.zfill(3.0)', lambda: s.zfill(3.0))
