def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for b in [b"", b"a", b"Hello World", b"  pad\t ", b"\x00\xff\x80", b"abcabc", b"a\nb\r\nc", b"123", b"Title Case"]:
    show(repr(b) + ".join([b'x', b'y'])", lambda: b.join([b'x', b'y']))
    show('bytearray ' + repr(b) + ".join([b'x', b'y'])", lambda: bytearray(b).join([b'x', b'y']))
    show(repr(b) + '.join([])', lambda: b.join([]))
    show('bytearray ' + repr(b) + '.join([])', lambda: bytearray(b).join([]))
    show(repr(b) + ".join(['s'])", lambda: b.join(['s']))
    show('bytearray ' + repr(b) + ".join(['s'])", lambda: bytearray(b).join(['s']))
