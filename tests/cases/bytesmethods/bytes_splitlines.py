def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for b in [b"", b"a", b"Hello World", b"  pad\t ", b"\x00\xff\x80", b"abcabc", b"a\nb\r\nc", b"123", b"Title Case"]:
    show(repr(b) + '.splitlines()', lambda: b.splitlines())
    show('bytearray ' + repr(b) + '.splitlines()', lambda: bytearray(b).splitlines())
    show(repr(b) + '.splitlines(True)', lambda: b.splitlines(True))
    show('bytearray ' + repr(b) + '.splitlines(True)', lambda: bytearray(b).splitlines(True))
