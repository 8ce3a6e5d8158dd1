def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for b in [b"", b"a", b"Hello World", b"  pad\t ", b"\x00\xff\x80", b"abcabc", b"a\nb\r\nc", b"123", b"Title Case"]:
    show(repr(b) + '.rstrip()', lambda: b.rstrip())
    show('bytearray ' + repr(b) + '.rstrip()', lambda: bytearray(b).rstrip())
    show(repr(b) + ".rstrip(b'c')", lambda: b.rstrip(b'c'))
    show('bytearray ' + repr(b) + ".rstrip(b'c')", lambda: bytearray(b).rstrip(b'c'))
