def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for b in [b"", b"a", b"Hello World", b"  pad\t ", b"\x00\xff\x80", b"abcabc", b"a\nb\r\nc", b"123", b"Title Case"]:
    show(repr(b) + ".find(b'l')", lambda: b.find(b'l'))
    show('bytearray ' + repr(b) + ".find(b'l')", lambda: bytearray(b).find(b'l'))
    show(repr(b) + '.find(108)', lambda: b.find(108))
    show('bytearray ' + repr(b) + '.find(108)', lambda: bytearray(b).find(108))
    show(repr(b) + ".find(b'', 3)", lambda: b.find(b'', 3))
    show('bytearray ' + repr(b) + ".find(b'', 3)", lambda: bytearray(b).find(b'', 3))
    show(repr(b) + '.find(256)', lambda: b.find(256))
    show('bytearray ' + repr(b) + '.find(256)', lambda: bytearray(b).find(256))
