def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for s in ["", "a", "Hello World", "  padded\t ", "ÀÉÎõ", "😀x😀", "a\tb\nc\r\nd", "ß", "İı", "123", "x_y-z", "ǅa", "ΣΑΣ", "abcabcabc"]:
    show(repr(s) + ".count('a')", lambda: s.count('a'))
    show(repr(s) + ".count('')", lambda: s.count(''))
    show(repr(s) + ".count('a', 2)", lambda: s.count('a', 2))
    show(repr(s) + ".count('a', -5, -1)", lambda: s.count('a', -5, -1))
    show(repr(s) + ".count('abc', 0, 100)", lambda: s.count('abc', 0, 100))
    show(repr(s) + '.count(None)', lambda: s.count(None))
