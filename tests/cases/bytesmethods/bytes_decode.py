def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for b in [b"", b"a", b"Hello World", b"  pad\t ", b"\x00\xff\x80", b"abcabc", b"a\nb\r\nc", b"123", b"Title Case"]:
    show(repr(b) + '.decode()', lambda: b.decode())
    show('bytearray ' + repr(b) + '.decode()', lambda: bytearray(b).decode())
    show(repr(b) + ".decode('latin-1')", lambda: b.decode('latin-1'))
    show('bytearray ' + repr(b) + ".decode('latin-1')", lambda: bytearray(b).decode('latin-1'))
    show(repr(b) + ".decode('ascii', 'replace')", lambda: b.decode('ascii', 'replace'))
    show('bytearray ' + repr(b) + ".decode('ascii', 'replace')", lambda: bytearray(b).decode('ascii', 'replace'))
