def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for b in [b"", b"a", b"Hello World", b"  pad\t ", b"\x00\xff\x80", b"abcabc", b"a\nb\r\nc", b"123", b"Title Case"]:
    show(repr(b) + ".replace(b'a', b'X')", lambda: b.replace(b'a', b'X'))
    show('bytearray ' + repr(b) + ".replace(b'a', b'X')", lambda: bytearray(b).replace(b'a', b'X'))
    show(repr(b) + ".replace(b'', b'.')", lambda: b.replace(b'', b'.'))
    show('bytearray ' + repr(b) + ".replace(b'', b'.')", lambda: bytearray(b).replace(b'', b'.'))
    show(repr(b) + ".replace(b'l', b'', 1)", lambda: b.replace(b'l', b'', 1))
    show('bytearray ' + repr(b) + ".replace(b'l', b'', 1)", lambda: bytearray(b).replace(b'l', b'', 1))
