def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for s in ["", "a", "Hello World", "  padded\t ", "ÀÉÎõ", "😀x😀", "a\tb\nc\r\nd", "ß", "İı", "123", "x_y-z", "ǅa", "ΣΑΣ", "abcabcabc"]:
    show(repr(s) + '.__getitem__(0)', lambda: s.__getitem__(0))
    show(repr(s) + '.__getitem__(-1)', lambda: s.__getitem__(-1))
    show(repr(s) + '.__getitem__(slice(1, None, 2))', lambda: s.__getitem__(slice(1, None, 2)))
    show(repr(s) + '.__getitem__(100)', lambda: s.__getitem__(100))
