def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))
for b in [b"", b"a", b"Hello World", b"  pad\t ", b"\x00\xff\x80", b"abcabc", b"a\nb\r\nc", b"123", b"Title Case"]:
    show(repr(b) + '.__getitem__(0)', lambda: b.__getitem__(0))
    show('bytearray ' + repr(b) + '.__getitem__(0)', lambda: bytearray(b).__getitem__(0))
    show(repr(b) + '.__getitem__(-1)', lambda: b.__getitem__(-1))
    show('bytearray ' + repr(b) + '.__getitem__(-1)', lambda: bytearray(b).__getitem__(-1))
    show(repr(b) + '.__getitem__(slice(1, 3))', lambda: b.__getitem__(slice(1, 3)))
    show('bytearray ' + repr(b) + '.__getitem__(slice(1, 3))', lambda: bytearray(b).__getitem__(slice(1, 3)))
    show(repr(b) + '.__getitem__(100)', lambda: b.__getitem__(100))
    show('bytearray ' + repr(b) + '.__getitem__(100)', lambda: bytearray(b).__getitem__(100))
