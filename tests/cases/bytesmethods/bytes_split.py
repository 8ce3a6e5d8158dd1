def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for b in [b"", b"a", b"Hello World", b"  pad\t ", b"\x00\xff\x80", b"abcabc", b"a\nb\r\nc", b"123", b"Title Case"]:
    show(repr(b) + '.split()', lambda: b.split())
    show('bytearray ' + repr(b) + '.split()', lambda: bytearray(b).split())
    show(repr(b) + ".split(b'l')", lambda: b.split(b'l'))
    show('bytearray ' + repr(b) + ".split(b'l')", lambda: bytearray(b).split(b'l'))
    show(repr(b) + '.split(None, 1)', lambda: b.split(None, 1))
    show('bytearray ' + repr(b) + '.split(None, 1)', lambda: bytearray(b).split(None, 1))
    show(repr(b) + ".split(b'')", lambda: b.split(b''))
    show('bytearray ' + repr(b) + ".split(b'')", lambda: bytearray(b).split(b''))
