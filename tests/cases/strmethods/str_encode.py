def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for s in ["", "a", "Hello World", "  padded\t ", "ÀÉÎõ", "😀x😀", "a\tb\nc\r\nd", "ß", "İı", "123", "x_y-z", "ǅa", "ΣΑΣ", "abcabcabc"]:
    show(repr(s) + '.encode()', lambda: s.encode())
    show(repr(s) + ".encode('utf-16-le')", lambda: s.encode('utf-16-le'))
    show(repr(s) + ".encode('ascii', 'replace')", lambda: s.encode('ascii', 'replace'))
    show(repr(s) + ".encode('latin-1', 'xmlcharrefreplace')", lambda: s.encode('latin-1', 'xmlcharrefreplace'))
    show(repr(s) + ".encode('utf-8', 'surrogatepass')", lambda: s.encode('utf-8', 'surrogatepass'))
