def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for s in ["", "a", "Hello World", "  padded\t ", "ÀÉÎõ", "😀x😀", "a\tb\nc\r\nd", "ß", "İı", "123", "x_y-z", "ǅa", "ΣΑΣ", "abcabcabc"]:
    show(repr(s) + '.split()', lambda: s.split())
    show(repr(s) + ".split(' ')", lambda: s.split(' '))
    show(repr(s) + ".split('a')", lambda: s.split('a'))
    show(repr(s) + '.split(None, 1)', lambda: s.split(None, 1))
    show(repr(s) + ".split('', )", lambda: s.split('', ))
    show(repr(s) + ".split('b', -1)", lambda: s.split('b', -1))
    show(repr(s) + '.split(maxsplit=0)', lambda: s.split(maxsplit=0))
