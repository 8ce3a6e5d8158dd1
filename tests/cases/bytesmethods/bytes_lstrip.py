def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for b in [b"", b"a", b"Hello World", b"  pad\t ", b"\x00\xff\x80", b"abcabc", b"a\nb\r\nc", b"123", b"Title Case"]:
    show(repr(b) + '.lstrip()', lambda: b.lstrip())
    show('bytearray ' + repr(b) + '.lstrip()', lambda: bytearray(b).lstrip())
    show(repr(b) + ".lstrip(b'aH')", lambda: b.lstrip(b'aH'))
    show('bytearray ' + repr(b) + ".lstrip(b'aH')", lambda: bytearray(b).lstrip(b'aH'))
