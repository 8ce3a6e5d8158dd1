def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for b in [b"", b"a", b"Hello World", b"  pad\t ", b"\x00\xff\x80", b"abcabc", b"a\nb\r\nc", b"123", b"Title Case"]:
    show(repr(b) + '.isupper()', lambda: b.isupper())
    show('bytearray ' + repr(b) + '.isupper()', lambda: bytearray(b).isupper())
