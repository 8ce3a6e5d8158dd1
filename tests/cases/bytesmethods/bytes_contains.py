def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for b in [b"", b"a", b"Hello World", b"  pad\t ", b"\x00\xff\x80", b"abcabc", b"a\nb\r\nc", b"123", b"Title Case"]:
    show(repr(b) + ".__contains__(b'a')", lambda: b.__contains__(b'a'))
    show('bytearray ' + repr(b) + ".__contains__(b'a')", lambda: bytearray(b).__contains__(b'a'))
    show(repr(b) + '.__contains__(97)', lambda: b.__contains__(97))
    show('bytearray ' + repr(b) + '.__contains__(97)', lambda: bytearray(b).__contains__(97))
    show(repr(b) + '.__contains__(300)', lambda: b.__contains__(300))
    show('bytearray ' + repr(b) + '.__contains__(300)', lambda: bytearray(b).__contains__(300))
    show(repr(b) + ".__contains__('a')", lambda: b.__contains__('a'))
    show('bytearray ' + repr(b) + ".__contains__('a')", lambda: bytearray(b).__contains__('a'))
