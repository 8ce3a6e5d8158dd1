def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for b in [b"", b"a", b"Hello World", b"  pad\t ", b"\x00\xff\x80", b"abcabc", b"a\nb\r\nc", b"123", b"Title Case"]:
    show(repr(b) + ".rfind(b'a')", lambda: b.rfind(b'a'))
    show('bytearray ' + repr(b) + ".rfind(b'a')", lambda: bytearray(b).rfind(b'a'))
    show(repr(b) + ".rfind(b'o')", lambda: b.rfind(b'o'))
    show('bytearray ' + repr(b) + ".rfind(b'o')", lambda: bytearray(b).rfind(b'o'))
