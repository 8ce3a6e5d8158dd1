def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for b in [b"", b"a", b"Hello World", b"  pad\t ", b"\x00\xff\x80", b"abcabc", b"a\nb\r\nc", b"123", b"Title Case"]:
    show(repr(b) + ".index(b'a')", lambda: b.index(b'a'))
    show('bytearray ' + repr(b) + ".index(b'a')", lambda: bytearray(b).index(b'a'))
    show(repr(b) + ".index(b'zz')", lambda: b.index(b'zz'))
    show('bytearray ' + repr(b) + ".index(b'zz')", lambda: bytearray(b).index(b'zz'))
