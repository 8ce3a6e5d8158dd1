tests = ["", "'", '"', "'\"", "\\", "\n\t\r", "\x00\x07\x1b\x7f", "\x80\x9f\xa0\xad", "é", "\u200b\u2028\ufeff", "\ud800", "\udfff",
         "\U0001F600", "\U000E0001", "\U0010FFFF", "\uffff", "a'b", "it's \"q\"", "\x0b\x0c", "\u0378", "\u00ff\u0100"]
for s in tests:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(["é", "\n"]), repr(("'",)), repr({"k\t": "v\x00"}))
print(str(["\x1f"]), "%r" % "\x85", f"{'tab	'!r}", "{!a}".format("é😀"))
