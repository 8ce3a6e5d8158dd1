def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for b in [b"", b"a", b"Hello World", b"  pad\t ", b"\x00\xff\x80", b"abcabc", b"a\nb\r\nc", b"123", b"Title Case"]:
    show(repr(b) + ".endswith(b'c')", lambda: b.endswith(b'c'))
    show('bytearray ' + repr(b) + ".endswith(b'c')", lambda: bytearray(b).endswith(b'c'))
    show(repr(b) + ".endswith((b'x', b'd'))", lambda: b.endswith((b'x', b'd')))
    show('bytearray ' + repr(b) + ".endswith((b'x', b'd'))", lambda: bytearray(b).endswith((b'x', b'd')))
    show(repr(b) + ".endswith('c')", lambda: b.endswith('c'))
    show('bytearray ' + repr(b) + ".endswith('c')", lambda: bytearray(b).endswith('c'))
