def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for b in [b"", b"a", b"Hello World", b"  pad\t ", b"\x00\xff\x80", b"abcabc", b"a\nb\r\nc", b"123", b"Title Case"]:
    show(repr(b) + '.__mul__(2)', lambda: b.__mul__(2))
    show('bytearray ' + repr(b) + '.__mul__(2)', lambda: bytearray(b).__mul__(2))
    show(repr(b) + '.__mul__(-1)', lambda: b.__mul__(-1))
    show('bytearray ' + repr(b) + '.__mul__(-1)', lambda: bytearray(b).__mul__(-1))
