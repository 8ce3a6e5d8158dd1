def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for s in ["", "a", "Hello World", "  padded\t ", "ÀÉÎõ", "😀x😀", "a\tb\nc\r\nd", "ß", "İı", "123", "x_y-z", "ǅa", "ΣΑΣ", "abcabcabc"]:
    show(repr(s) + ".startswith('a')", lambda: s.startswith('a'))
    show(repr(s) + ".startswith(('H', 'a'))", lambda: s.startswith(('H', 'a')))
    show(repr(s) + ".startswith('', 0)", lambda: s.startswith('', 0))
    show(repr(s) + ".startswith('b', 1)", lambda: s.startswith('b', 1))
    show(repr(s) + ".startswith(['a'])", lambda: s.startswith(['a']))
    show(repr(s) + ".startswith('lo', 3, 5)", lambda: s.startswith('lo', 3, 5))
