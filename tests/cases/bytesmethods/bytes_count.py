def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for b in [b"", b"a", b"Hello World", b"  pad\t ", b"\x00\xff\x80", b"abcabc", b"a\nb\r\nc", b"123", b"Title Case"]:
    show(repr(b) + ".count(b'a')", lambda: b.count(b'a'))
    show('bytearray ' + repr(b) + ".count(b'a')", lambda: bytearray(b).count(b'a'))
    show(repr(b) + '.count(97)', lambda: b.count(97))
    show('bytearray ' + repr(b) + '.count(97)', lambda: bytearray(b).count(97))
    show(repr(b) + ".count(b'')", lambda: b.count(b''))
    show('bytearray ' + repr(b) + ".count(b'')", lambda: bytearray(b).count(b''))
