tests = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
         "\r\x0b\x0c", "\x7f\x80\x9f\xa0", "bell\a", "nul\0", "é ü", "\u2028", "\U0010ffff", ""]
for t in tests:
    print(repr(t), len(t))
print(str(tests[:3]))
print(repr(repr("x")), repr(str(1.5)))
print("%r" % "q'\"", "{!r}".format("a\tb"))
