def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for b in [b"", b"a", b"Hello World", b"  pad\t ", b"\x00\xff\x80", b"abcabc", b"a\nb\r\nc", b"123", b"Title Case"]:
    show(repr(b) + '.center(9)', lambda: b.center(9))
    show('bytearray ' + repr(b) + '.center(9)', lambda: bytearray(b).center(9))
    show(repr(b) + ".center(8, b'*')", lambda: b.center(8, b'*'))
    show('bytearray ' + repr(b) + ".center(8, b'*')", lambda: bytearray(b).center(8, b'*'))
    show(repr(b) + '.center(3)', lambda: b.center(3))
    show('bytearray ' + repr(b) + '.center(3)', lambda: bytearray(b).center(3))
