def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for b in [b"", b"a", b"Hello World", b"  pad\t ", b"\x00\xff\x80", b"abcabc", b"a\nb\r\nc", b"123", b"Title Case"]:
    show(repr(b) + ".translate(None, b'aeiou')", lambda: b.translate(None, b'aeiou'))
    show('bytearray ' + repr(b) + ".translate(None, b'aeiou')", lambda: bytearray(b).translate(None, b'aeiou'))
    show(repr(b) + ".translate(bytes.maketrans(b'abc', b'ABC'))", lambda: b.translate(bytes.maketrans(b'abc', b'ABC')))
    show('bytearray ' + repr(b) + ".translate(bytes.maketrans(b'abc', b'ABC'))", lambda: bytearray(b).translate(bytes.maketrans(b'abc', b'ABC')))
